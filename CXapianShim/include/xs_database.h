/*
 * xs_database.h — databases for reading: opening, statistics, terms, synonyms, metadata, checking, compacting. The rules in xapian_shim.h apply.
 */
#ifndef XS_DATABASE_H
#define XS_DATABASE_H

#include "xs_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A read-only view of one database or of several searched as one. */
typedef struct xs_database xs_database;

/* Opens the database at `path` (a directory or a Xapian stub file) for
 * reading. On success *out belongs to the caller (xs_database_free).
 * XS_NOT_FOUND when nothing is there, XS_OPENING / XS_CORRUPT otherwise. */
xs_status xs_database_open(const char *path, size_t path_len,
                           xs_database **out, xs_error *err);

/* Opens the database served by a Xapian remote server (xapian-tcpsrv) at
 * `host`:`port`, waiting at most `timeout_ms` to connect and for each reply.
 * XS_NETWORK when it cannot be reached. *out belongs to the caller. */
xs_status xs_database_open_remote(const char *host, size_t host_len, uint32_t port, uint32_t timeout_ms,
                                  xs_database **out, xs_error *err);

/* How many databases `db` searches as one (shards included). */
uint32_t xs_database_count(const xs_database *db);

/* Adds the databases of `other` to `db`, so that `db` searches both as one.
 * `other` is not consumed: the caller still frees it. */
xs_status xs_database_add(xs_database *db, const xs_database *other, xs_error *err);

/* Moves `db` to the latest committed revision. *changed tells whether it moved. */
xs_status xs_database_reopen(xs_database *db, bool *changed, xs_error *err);

void xs_database_free(xs_database *db);

typedef struct xs_database_stats {
    uint64_t doc_count;
    uint64_t last_docid;
    uint64_t total_length;   /* sum of document lengths, in terms */
    double average_length;
    bool has_positions;
} xs_database_stats;

xs_status xs_database_stats_get(const xs_database *db, xs_database_stats *out, xs_error *err);

/* Number of distinct terms starting with `prefix` (all terms when empty).
 * Walks the term list: cost grows with the vocabulary. */
xs_status xs_database_count_terms(const xs_database *db, const char *prefix, size_t prefix_len,
                                  uint64_t *out, xs_error *err);

/* Number of documents indexed by `term` (0 when absent). */
xs_status xs_database_term_freq(const xs_database *db, const char *term, size_t term_len,
                                uint64_t *out, xs_error *err);

/* The user metadata stored under `key` (empty when unset). With several
 * databases, the first one's value, as in Xapian. *out belongs to the caller. */
xs_status xs_database_metadata(const xs_database *db, const char *key, size_t key_len,
                               xs_string *out, xs_error *err);

/* Calls `visit` for each metadata key starting with `prefix`, in key order,
 * with its value (both valid only during the call); a false return stops. */
typedef bool (*xs_metadata_visitor)(void *context, const char *key, size_t key_len,
                                    const char *value, size_t value_len);
xs_status xs_database_each_metadata(const xs_database *db, const char *prefix, size_t prefix_len,
                                    xs_metadata_visitor visit, void *context, xs_error *err);

/* Calls `visit` with each term starting with `prefix`, in term order, and
 * the number of documents it indexes; a false return stops. */
xs_status xs_database_each_term(const xs_database *db, const char *prefix, size_t prefix_len,
                                xs_term_freq_visitor visit, void *context, xs_error *err);

/* Calls `visit` with each term the synonym table maps `key` to (Xapian's
 * synonyms: a word, or words joined by single spaces), in term order; the
 * frequency passed is always 0. */
xs_status xs_database_each_synonym(const xs_database *db, const char *key, size_t key_len,
                                   xs_term_freq_visitor visit, void *context, xs_error *err);

/* Checks the database at `path` for damage, as xapian-check does. *errors
 * is the number of problems found; *report (owned by the caller) is the
 * checker's own account of them, empty when there are none. A database too
 * damaged to check at all is XS_CORRUPT (or XS_NOT_FOUND, XS_OPENING). */
xs_status xs_database_check(const char *path, size_t path_len, uint64_t *errors, xs_string *report,
                            xs_error *err);

/* Writes a compacted copy of the database at `input` (its last commit) to
 * the new folder `output`: blocks packed full, so smaller and faster to read.
 * The input is unchanged and may have a writer open meanwhile. */
xs_status xs_database_compact(const char *input, size_t input_len, const char *output, size_t output_len,
                              xs_error *err);

#ifdef __cplusplus
}
#endif

#endif
