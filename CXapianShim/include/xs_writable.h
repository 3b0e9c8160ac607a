/*
 * xs_writable.h — the single writer of a database, and its reader view. The rules in xapian_shim.h apply.
 */
#ifndef XS_WRITABLE_H
#define XS_WRITABLE_H

#include "xs_database.h"
#include "xs_document.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The single writer of a database. */
typedef struct xs_writable xs_writable;

/* Opens the database at `path` for writing, creating it when `create` is
 * true. XS_LOCK when another writer holds it. *out belongs to the caller. */
xs_status xs_writable_open(const char *path, size_t path_len, bool create,
                           xs_writable **out, xs_error *err);

/* A reader of the writer's database as the writer sees it: its last commit
 * plus what it has written since. Every xs_database_* read works on it
 * (metadata, terms, synonyms, statistics). *out belongs to the caller
 * (xs_database_free) and may outlive the writer, but once the writer is
 * closed every call on it fails with XS_INVALID_ARGUMENT. */
xs_status xs_writable_reader(xs_writable *db, xs_database **out, xs_error *err);

/* Frees the handle. An open handle is closed first; changes not yet
 * committed are then committed by Xapian, so call xs_writable_close to see
 * any error. */
void xs_writable_free(xs_writable *db);

/* Adds `doc`, replacing every document indexed by `id_term`. `doc` is copied. */
xs_status xs_writable_replace(xs_writable *db, const char *id_term, size_t id_term_len,
                              const xs_document *doc, xs_error *err);

/* Adds `doc` as a new document. `doc` is copied. */
xs_status xs_writable_add(xs_writable *db, const xs_document *doc, xs_error *err);

/* Deletes every document indexed by `term`. Deleting nothing is not an error. */
xs_status xs_writable_delete_term(xs_writable *db, const char *term, size_t term_len,
                                  xs_error *err);

/* Records `word` as seen `frequency` more times, for spelling suggestions
 * (see XS_PARSE_SPELLING_CORRECTION). */
xs_status xs_writable_add_spelling(xs_writable *db, const char *word, size_t word_len, uint32_t frequency,
                                   xs_error *err);

/* Makes `term` a synonym of `key`: Xapian's QueryParser, with
 * XS_PARSE_AUTO_SYNONYMS, searches for `term` too wherever a query has the
 * word (or, for a key of several words separated by spaces, the words) `key`. */
xs_status xs_writable_add_synonym(xs_writable *db, const char *key, size_t key_len,
                                  const char *term, size_t term_len, xs_error *err);

/* Removes every synonym of every key. */
xs_status xs_writable_clear_synonyms(xs_writable *db, xs_error *err);

/* The highest document id used so far (documents may have been deleted). */
xs_status xs_writable_last_docid(xs_writable *db, uint32_t *out, xs_error *err);

/* Calls `visit` with each document id indexed by `term`, in order. */
typedef void (*xs_docid_visitor)(void *context, uint32_t docid);
xs_status xs_writable_postings(xs_writable *db, const char *term, size_t term_len, xs_docid_visitor visit,
                               void *context, xs_error *err);

/* A copy of document `docid` to modify and put back with
 * xs_writable_replace_docid. XS_NOT_FOUND when there is none.
 * *out belongs to the caller (xs_document_free). */
xs_status xs_writable_document(xs_writable *db, uint32_t docid, xs_document **out, xs_error *err);

/* Replaces document `docid` with `doc` (copied). */
xs_status xs_writable_replace_docid(xs_writable *db, uint32_t docid, const xs_document *doc, xs_error *err);

xs_status xs_writable_set_metadata(xs_writable *db, const char *key, size_t key_len,
                                   const char *value, size_t value_len, xs_error *err);

/* Makes every change so far durable and visible to readers, atomically. */
xs_status xs_writable_commit(xs_writable *db, xs_error *err);

/* Groups the changes that follow into one atomic unit: none of them is
 * visible or durable until xs_writable_commit_transaction, and a crash before
 * it leaves the database at its previous commit. Not nestable. */
xs_status xs_writable_begin_transaction(xs_writable *db, xs_error *err);

/* Commits the changes since xs_writable_begin_transaction, atomically. */
xs_status xs_writable_commit_transaction(xs_writable *db, xs_error *err);

/* Drops the changes since xs_writable_begin_transaction. */
xs_status xs_writable_cancel_transaction(xs_writable *db, xs_error *err);

/* Commits and releases the lock; the handle then accepts only xs_writable_free. */
xs_status xs_writable_close(xs_writable *db, xs_error *err);

xs_status xs_writable_doc_count(xs_writable *db, uint64_t *out, xs_error *err);

#ifdef __cplusplus
}
#endif

#endif
