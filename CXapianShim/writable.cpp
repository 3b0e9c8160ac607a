// The single writer of a database.

#include "internal.h"

using namespace xs;

extern "C" {

xs_status xs_writable_open(const char *path, size_t path_len, bool create, xs_writable **out,
                           xs_error *err) {
    if (!out) return invalid(err, "no place for the database handle");
    return guard(err, [&] {
        int action = create ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN;
        *out = new xs_writable{Xapian::WritableDatabase(str(path, path_len), action)};
    });
}

xs_status xs_writable_reader(xs_writable *db, xs_database **out, xs_error *err) {
    if (!db || !out) return invalid(err, "no database or no place for the reader");
    if (db->closed) return invalid(err, "the database is closed");
    // A Database copied from the writer shares its state, uncommitted changes included.
    return guard(err, [&] { *out = new xs_database{db->db}; });
}

void xs_writable_free(xs_writable *db) {
    if (!db) return;
    try { if (!db->closed) db->db.close(); } catch (...) {}
    delete db;
}

xs_status xs_writable_replace(xs_writable *db, const char *id_term, size_t id_term_len,
                              const xs_document *doc, xs_error *err) {
    if (!db || !doc) return invalid(err, "no database or no document");
    if (id_term_len == 0) return invalid(err, "empty id term");
    return guard(err, [&] { db->db.replace_document(str(id_term, id_term_len), doc->doc); });
}

xs_status xs_writable_add(xs_writable *db, const xs_document *doc, xs_error *err) {
    if (!db || !doc) return invalid(err, "no database or no document");
    return guard(err, [&] { db->db.add_document(doc->doc); });
}

xs_status xs_writable_delete_term(xs_writable *db, const char *term, size_t term_len, xs_error *err) {
    if (!db) return invalid(err, "no database");
    if (term_len == 0) return invalid(err, "empty term");
    return guard(err, [&] { db->db.delete_document(str(term, term_len)); });
}

xs_status xs_writable_add_spelling(xs_writable *db, const char *word, size_t word_len, uint32_t frequency,
                                   xs_error *err) {
    if (!db) return invalid(err, "no database");
    if (word_len == 0) return invalid(err, "empty word");
    return guard(err, [&] { db->db.add_spelling(str(word, word_len), frequency); });
}

xs_status xs_writable_add_synonym(xs_writable *db, const char *key, size_t key_len,
                                  const char *term, size_t term_len, xs_error *err) {
    if (!db) return invalid(err, "no database");
    if (key_len == 0 || term_len == 0) return invalid(err, "empty synonym");
    return guard(err, [&] { db->db.add_synonym(str(key, key_len), str(term, term_len)); });
}

xs_status xs_writable_clear_synonyms(xs_writable *db, xs_error *err) {
    if (!db) return invalid(err, "no database");
    return guard(err, [&] {
        std::vector<std::string> keys;
        for (auto k = db->db.synonym_keys_begin(); k != db->db.synonym_keys_end(); ++k) keys.push_back(*k);
        for (const auto &key : keys) db->db.clear_synonyms(key);
    });
}

xs_status xs_writable_last_docid(xs_writable *db, uint32_t *out, xs_error *err) {
    if (!db || !out) return invalid(err, "no database or no place for the result");
    return guard(err, [&] { *out = db->db.get_lastdocid(); });
}

xs_status xs_writable_postings(xs_writable *db, const char *term, size_t term_len, xs_docid_visitor visit,
                               void *context, xs_error *err) {
    if (!db || !visit) return invalid(err, "no database or no visitor");
    return guard(err, [&] {
        const std::string t = str(term, term_len);
        for (auto p = db->db.postlist_begin(t); p != db->db.postlist_end(t); ++p) visit(context, *p);
    });
}

xs_status xs_writable_document(xs_writable *db, uint32_t docid, xs_document **out, xs_error *err) {
    if (!db || !out) return invalid(err, "no database or no place for the document");
    return guard(err, [&] { *out = new xs_document{db->db.get_document(docid)}; });
}

xs_status xs_writable_replace_docid(xs_writable *db, uint32_t docid, const xs_document *doc, xs_error *err) {
    if (!db || !doc) return invalid(err, "no database or no document");
    return guard(err, [&] { db->db.replace_document(docid, doc->doc); });
}

xs_status xs_writable_set_metadata(xs_writable *db, const char *key, size_t key_len,
                                   const char *value, size_t value_len, xs_error *err) {
    if (!db) return invalid(err, "no database");
    if (key_len == 0) return invalid(err, "empty metadata key");
    return guard(err, [&] { db->db.set_metadata(str(key, key_len), str(value, value_len)); });
}

xs_status xs_writable_commit(xs_writable *db, xs_error *err) {
    if (!db) return invalid(err, "no database");
    return guard(err, [&] { db->db.commit(); });
}

xs_status xs_writable_begin_transaction(xs_writable *db, xs_error *err) {
    if (!db) return invalid(err, "no database");
    return guard(err, [&] { db->db.begin_transaction(true); });
}

xs_status xs_writable_commit_transaction(xs_writable *db, xs_error *err) {
    if (!db) return invalid(err, "no database");
    return guard(err, [&] { db->db.commit_transaction(); });
}

xs_status xs_writable_cancel_transaction(xs_writable *db, xs_error *err) {
    if (!db) return invalid(err, "no database");
    return guard(err, [&] { db->db.cancel_transaction(); });
}

xs_status xs_writable_close(xs_writable *db, xs_error *err) {
    if (!db) return invalid(err, "no database");
    if (db->closed) return guard(err, [] {});
    return guard(err, [&] {
        db->db.commit();
        db->db.close();
        db->closed = true;
    });
}

xs_status xs_writable_doc_count(xs_writable *db, uint64_t *out, xs_error *err) {
    if (!db || !out) return invalid(err, "no database or no place for the result");
    return guard(err, [&] { *out = db->db.get_doccount(); });
}

} // extern "C"
