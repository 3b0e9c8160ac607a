// Databases for reading: opening, statistics, terms, metadata, checking and compacting.

#include "internal.h"

#include <sstream>

using namespace xs;

extern "C" {

xs_status xs_database_open(const char *path, size_t path_len, xs_database **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the database handle");
    return guard(err, [&] {
        auto *handle = new xs_database{Xapian::Database(str(path, path_len))};
        *out = handle;
    });
}

xs_status xs_database_open_remote(const char *host, size_t host_len, uint32_t port, uint32_t timeout_ms,
                                  xs_database **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the database handle");
    if (port == 0 || port > 65535) return invalid(err, "a port must be between 1 and 65535");
    return guard(err, [&] {
        // Xapian counts these in milliseconds (useconds_t is only the type).
        auto *handle = new xs_database{Xapian::Remote::open(str(host, host_len), port, timeout_ms, timeout_ms)};
        *out = handle;
    });
}

uint32_t xs_database_count(const xs_database *db) {
    if (!db) return 0;
    try { return static_cast<uint32_t>(db->db.size()); } catch (...) { return 0; }
}

xs_status xs_database_add(xs_database *db, const xs_database *other, xs_error *err) {
    if (!db || !other) return invalid(err, "no database");
    return guard(err, [&] { db->db.add_database(other->db); });
}

xs_status xs_database_reopen(xs_database *db, bool *changed, xs_error *err) {
    if (!db) return invalid(err, "no database");
    return guard(err, [&] {
        bool moved = db->db.reopen();
        if (changed) *changed = moved;
    });
}

void xs_database_free(xs_database *db) { delete db; }

xs_status xs_database_stats_get(const xs_database *db, xs_database_stats *out, xs_error *err) {
    if (!db || !out) return invalid(err, "no database or no place for the result");
    return guard(err, [&] {
        xs_database_stats s;
        s.doc_count = db->db.get_doccount();
        s.last_docid = db->db.get_lastdocid();
        s.total_length = db->db.get_total_length();
        s.average_length = db->db.get_avlength();
        s.has_positions = db->db.has_positions();
        *out = s;
    });
}

xs_status xs_database_count_terms(const xs_database *db, const char *prefix, size_t prefix_len,
                                  uint64_t *out, xs_error *err) {
    if (!db || !out) return invalid(err, "no database or no place for the result");
    return guard(err, [&] {
        const std::string p = str(prefix, prefix_len);
        uint64_t n = 0;
        for (auto t = db->db.allterms_begin(p); t != db->db.allterms_end(p); ++t) ++n;
        *out = n;
    });
}

xs_status xs_database_term_freq(const xs_database *db, const char *term, size_t term_len,
                                uint64_t *out, xs_error *err) {
    if (!db || !out) return invalid(err, "no database or no place for the result");
    return guard(err, [&] { *out = db->db.get_termfreq(str(term, term_len)); });
}

xs_status xs_database_metadata(const xs_database *db, const char *key, size_t key_len,
                               xs_string *out, xs_error *err) {
    clear(out);
    if (!db || !out) return invalid(err, "no database or no place for the result");
    if (key_len == 0) return invalid(err, "empty metadata key");
    return guard(err, [&] { give(db->db.get_metadata(str(key, key_len)), out); });
}

xs_status xs_database_each_metadata(const xs_database *db, const char *prefix, size_t prefix_len,
                                    xs_metadata_visitor visit, void *context, xs_error *err) {
    if (!db || !visit) return invalid(err, "no database or no visitor");
    return guard(err, [&] {
        const std::string p = str(prefix, prefix_len);
        for (auto k = db->db.metadata_keys_begin(p); k != db->db.metadata_keys_end(p); ++k) {
            const std::string key = *k;
            const std::string value = db->db.get_metadata(key);
            if (!visit(context, key.data(), key.size(), value.data(), value.size())) break;
        }
    });
}

xs_status xs_database_each_term(const xs_database *db, const char *prefix, size_t prefix_len,
                                xs_term_freq_visitor visit, void *context, xs_error *err) {
    if (!db || !visit) return invalid(err, "no database or no visitor");
    return guard(err, [&] {
        const std::string p = str(prefix, prefix_len);
        for (auto t = db->db.allterms_begin(p); t != db->db.allterms_end(p); ++t) {
            const std::string term = *t;
            if (!visit(context, term.data(), term.size(), t.get_termfreq())) break;
        }
    });
}

xs_status xs_database_each_synonym(const xs_database *db, const char *key, size_t key_len,
                                   xs_term_freq_visitor visit, void *context, xs_error *err) {
    if (!db || !visit) return invalid(err, "no database or no visitor");
    return guard(err, [&] {
        const std::string k = str(key, key_len);
        for (auto t = db->db.synonyms_begin(k); t != db->db.synonyms_end(k); ++t) {
            const std::string term = *t;
            if (!visit(context, term.data(), term.size(), 0)) break;
        }
    });
}

xs_status xs_database_check(const char *path, size_t path_len, uint64_t *errors, xs_string *report,
                            xs_error *err) {
    clear(report);
    if (!errors || !report) return invalid(err, "no place for the result");
    return guard(err, [&] {
        std::ostringstream out;
        // Check every table fully, reporting only the problems found.
        size_t found = Xapian::Database::check(str(path, path_len), 0, &out);
        *errors = found;
        give(found ? out.str() : std::string(), report);
    });
}

xs_status xs_database_compact(const char *input, size_t input_len, const char *output, size_t output_len,
                              xs_error *err) {
    return guard(err, [&] {
        Xapian::Database db(str(input, input_len));
        db.compact(str(output, output_len), Xapian::Compactor::FULL);
    });
}

} // extern "C"
