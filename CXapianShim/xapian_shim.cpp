// The C++ side of xapian_shim.h: every entry point runs its body through
// `guard`, which turns any exception into a typed status and a message.

#include "xapian_shim.h"

#include <xapian.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <map>
#include <memory>
#include <new>
#include <set>
#include <sstream>
#include <string>
#include <vector>

struct xs_database { Xapian::Database db; };
struct xs_document { Xapian::Document doc; };
struct xs_termgen { Xapian::TermGenerator tg; Xapian::Stem stem; };
struct xs_writable { Xapian::WritableDatabase db; bool closed = false; };
struct xs_query { Xapian::Query query; };
struct xs_query_parser {
    Xapian::QueryParser qp;
    Xapian::Database db;
    std::unique_ptr<Xapian::SimpleStopper> stopper;
    // Entity field values that named nothing, filled during parse_query.
    std::shared_ptr<std::vector<std::string>> unknown = std::make_shared<std::vector<std::string>>();
    // Range field values the mapper refused, filled during parse_query.
    std::shared_ptr<std::vector<std::string>> bad_ranges = std::make_shared<std::vector<std::string>>();
};

struct xs_mset {
    Xapian::Database db;
    Xapian::Query query;
    Xapian::MSet mset;
    // Xapian's own spy, so that remote servers can run it too; the keys of
    // each distinct value are split out in xs_mset_facets.
    std::unique_ptr<Xapian::ValueCountMatchSpy> facets;
    // Built on first use: snippets are drawn against the query's terms
    // without phrase structure (see xs_mset_snippet).
    bool have_highlighter = false;
    Xapian::MSet highlighter;
};

namespace {

void set_error(xs_error *err, xs_status status, const std::string &message) {
    if (!err) return;
    err->status = status;
    size_t n = message.size() < sizeof err->message - 1 ? message.size() : sizeof err->message - 1;
    std::memcpy(err->message, message.data(), n);
    err->message[n] = '\0';
}

std::string describe(const Xapian::Error &e) {
    std::string msg = e.get_msg();
    const char *detail = e.get_error_string();
    if (detail && *detail) {
        if (!msg.empty()) msg += ": ";
        msg += detail;
    }
    if (msg.empty()) msg = e.get_type();
    return msg;
}

xs_status classify(const Xapian::Error &e) {
    const std::string type = e.get_type();
    if (type == "DatabaseNotFoundError" || type == "DocNotFoundError") return XS_NOT_FOUND;
    if (type == "DatabaseLockError") return XS_LOCK;
    if (type == "DatabaseCorruptError") return XS_CORRUPT;
    if (type == "DatabaseModifiedError") return XS_MODIFIED;
    if (type == "DatabaseOpeningError" || type == "DatabaseVersionError") return XS_OPENING;
    if (type == "QueryParserError" || type == "WildcardError") return XS_QUERY_SYNTAX;
    if (type == "NetworkError" || type == "NetworkTimeoutError") return XS_NETWORK;
    if (type == "InvalidArgumentError" || type == "InvalidOperationError" || type == "RangeError" ||
        type == "UnimplementedError")
        return XS_INVALID_ARGUMENT;
    const char *detail = e.get_error_string();
    if (detail && std::strcmp(detail, std::strerror(ENOSPC)) == 0) return XS_DISK_FULL;
    // A table file shorter than its blocks, or unreadable: glass reports it
    // as a plain DatabaseError ("EOF reading block 14"), but it is damage.
    const std::string &msg = e.get_msg();
    if (type == "DatabaseError" && (msg.rfind("EOF reading", 0) == 0 || msg.rfind("Error reading", 0) == 0))
        return XS_CORRUPT;
    return XS_OTHER;
}

// Runs `body`; whatever it throws becomes a status. Nothing escapes.
template <typename Body>
xs_status guard(xs_error *err, Body &&body) noexcept {
    try {
        body();
        if (err) { err->status = XS_OK; err->message[0] = '\0'; }
        return XS_OK;
    } catch (const Xapian::Error &e) {
        xs_status status = classify(e);
        set_error(err, status, describe(e));
        return status;
    } catch (const std::bad_alloc &) {
        set_error(err, XS_OUT_OF_MEMORY, "out of memory");
        return XS_OUT_OF_MEMORY;
    } catch (const std::exception &e) {
        set_error(err, XS_OTHER, e.what());
        return XS_OTHER;
    } catch (...) {
        set_error(err, XS_OTHER, "unknown error");
        return XS_OTHER;
    }
}

xs_status invalid(xs_error *err, const char *message) {
    set_error(err, XS_INVALID_ARGUMENT, message);
    return XS_INVALID_ARGUMENT;
}

std::string str(const char *p, size_t n) { return n ? std::string(p, n) : std::string(); }

// Copies `s` into a malloc'd xs_string owned by the caller.
void give(const std::string &s, xs_string *out) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p) throw std::bad_alloc();
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    out->data = p;
    out->len = s.size();
}

void clear(xs_string *out) {
    if (out) { out->data = nullptr; out->len = 0; }
}

Xapian::Stem make_stemmer(const std::string &language) {
    return language.empty() ? Xapian::Stem() : Xapian::Stem(language);
}

// Xapian's snippet escapes text for HTML; Passim prints to terminals and JSON.
std::string unescape_html(const std::string &s) {
    static const struct { const char *entity; char ch; } table[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''},
    };
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (s[i] == '&') {
            bool matched = false;
            for (const auto &t : table) {
                size_t n = std::strlen(t.entity);
                if (s.compare(i, n, t.entity) == 0) { out += t.ch; i += n; matched = true; break; }
            }
            if (matched) continue;
        }
        out += s[i++];
    }
    return out;
}

} // namespace

extern "C" {

void xs_string_free(xs_string *s) {
    if (!s) return;
    std::free(s->data);
    s->data = nullptr;
    s->len = 0;
}

const char *xs_xapian_version(void) { return Xapian::version_string(); }

// ----------------------------------------------------------------- databases

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

// ----------------------------------------------------------------- documents

xs_status xs_document_new(xs_document **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the document handle");
    return guard(err, [&] { *out = new xs_document(); });
}

void xs_document_free(xs_document *doc) { delete doc; }

xs_status xs_document_set_data(xs_document *doc, const char *data, size_t len, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    return guard(err, [&] { doc->doc.set_data(str(data, len)); });
}

xs_status xs_document_add_value(xs_document *doc, uint32_t slot, const char *value, size_t len,
                                xs_error *err) {
    if (!doc) return invalid(err, "no document");
    return guard(err, [&] { doc->doc.add_value(slot, str(value, len)); });
}

xs_status xs_document_data(const xs_document *doc, xs_string *out, xs_error *err) {
    clear(out);
    if (!doc || !out) return invalid(err, "no document or no place for the data");
    return guard(err, [&] { give(doc->doc.get_data(), out); });
}

xs_status xs_document_add_term(xs_document *doc, const char *term, size_t len, uint32_t wdf, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    if (len == 0) return invalid(err, "empty term");
    return guard(err, [&] { doc->doc.add_term(str(term, len), wdf); });
}

xs_status xs_document_remove_terms(xs_document *doc, const char *prefix, size_t prefix_len, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    return guard(err, [&] {
        const std::string p = str(prefix, prefix_len);
        std::vector<std::string> doomed;
        for (auto t = doc->doc.termlist_begin(); t != doc->doc.termlist_end(); ++t) {
            const std::string term = *t;
            if (term.compare(0, p.size(), p) == 0) doomed.push_back(term);
        }
        for (const auto &term : doomed) doc->doc.remove_term(term);
    });
}

xs_status xs_document_add_boolean_term(xs_document *doc, const char *term, size_t len, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    if (len == 0) return invalid(err, "empty term");
    return guard(err, [&] { doc->doc.add_boolean_term(str(term, len)); });
}

xs_status xs_document_each_term(const xs_document *doc, xs_document_term_visitor visit, void *context,
                                xs_error *err) {
    if (!doc || !visit) return invalid(err, "no document or no visitor");
    return guard(err, [&] {
        for (auto t = doc->doc.termlist_begin(); t != doc->doc.termlist_end(); ++t) {
            const std::string term = *t;
            visit(context, term.data(), term.size(), t.get_wdf());
        }
    });
}

// ----------------------------------------------------------- term generation

xs_status xs_termgen_new(const char *language, size_t language_len, xs_termgen **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the term generator handle");
    return guard(err, [&] {
        auto *handle = new xs_termgen();
        try {
            handle->stem = make_stemmer(str(language, language_len));
        } catch (...) {
            delete handle;
            throw;
        }
        handle->tg.set_stemmer(handle->stem);
        *out = handle;
    });
}

void xs_termgen_free(xs_termgen *tg) { delete tg; }

xs_status xs_termgen_index(xs_termgen *tg, xs_document *doc, const char *text, size_t text_len,
                           const char *prefix, size_t prefix_len, uint32_t wdf_inc,
                           xs_stemming stemming, bool positions, xs_error *err) {
    if (!tg || !doc) return invalid(err, "no term generator or no document");
    if (stemming < XS_STEM_NONE || stemming > XS_STEM_SOME_FULL_POS) return invalid(err, "unknown stemming strategy");
    return guard(err, [&] {
        tg->tg.set_document(doc->doc);
        tg->tg.set_stemming_strategy(static_cast<Xapian::TermGenerator::stem_strategy>(stemming));
        const std::string t = str(text, text_len), p = str(prefix, prefix_len);
        if (positions)
            tg->tg.index_text(t, wdf_inc, p);
        else
            tg->tg.index_text_without_positions(t, wdf_inc, p);
    });
}

xs_status xs_termgen_increase_termpos(xs_termgen *tg, uint32_t delta, xs_error *err) {
    if (!tg) return invalid(err, "no term generator");
    return guard(err, [&] { tg->tg.increase_termpos(delta); });
}

void xs_termgen_reset(xs_termgen *tg) {
    if (!tg) return;
    try { tg->tg.set_termpos(0); } catch (...) {}
}

// ------------------------------------------------------------------- writing

xs_status xs_writable_open(const char *path, size_t path_len, bool create, xs_writable **out,
                           xs_error *err) {
    if (!out) return invalid(err, "no place for the database handle");
    return guard(err, [&] {
        int action = create ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN;
        *out = new xs_writable{Xapian::WritableDatabase(str(path, path_len), action)};
    });
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

xs_status xs_writable_each_term(xs_writable *db, const char *prefix, size_t prefix_len,
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

xs_status xs_writable_metadata(xs_writable *db, const char *key, size_t key_len, xs_string *out,
                               xs_error *err) {
    clear(out);
    if (!db || !out) return invalid(err, "no database or no place for the result");
    if (key_len == 0) return invalid(err, "empty metadata key");
    return guard(err, [&] { give(db->db.get_metadata(str(key, key_len)), out); });
}

xs_status xs_writable_each_metadata(xs_writable *db, const char *prefix, size_t prefix_len,
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

// ------------------------------------------------------------------- queries

void xs_query_free(xs_query *q) { delete q; }

xs_status xs_query_term(const char *term, size_t len, xs_query **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the query");
    if (len == 0) return invalid(err, "empty term");
    return guard(err, [&] { *out = new xs_query{Xapian::Query(str(term, len))}; });
}

xs_status xs_query_match_all(xs_query **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the query");
    return guard(err, [&] { *out = new xs_query{Xapian::Query::MatchAll}; });
}

xs_status xs_query_combine(const xs_query *left, xs_query_op op, const xs_query *right,
                           xs_query **out, xs_error *err) {
    if (!left || !right || !out) return invalid(err, "missing query");
    Xapian::Query::op xop;
    switch (op) {
    case XS_OP_AND: xop = Xapian::Query::OP_AND; break;
    case XS_OP_OR: xop = Xapian::Query::OP_OR; break;
    case XS_OP_AND_NOT: xop = Xapian::Query::OP_AND_NOT; break;
    case XS_OP_FILTER: xop = Xapian::Query::OP_FILTER; break;
    case XS_OP_AND_MAYBE: xop = Xapian::Query::OP_AND_MAYBE; break;
    default: return invalid(err, "unknown query operator");
    }
    return guard(err, [&] { *out = new xs_query{Xapian::Query(xop, left->query, right->query)}; });
}

xs_status xs_query_fixed_weight(double weight, xs_query **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the query");
    if (!(weight >= 0)) return invalid(err, "a fixed weight must not be negative");
    return guard(err, [&] {
        // The query owns the source once released to it.
        auto *source = new Xapian::FixedWeightPostingSource(weight);
        *out = new xs_query{Xapian::Query(source->release())};
    });
}

xs_status xs_query_scale(const xs_query *query, double factor, xs_query **out, xs_error *err) {
    if (!query || !out) return invalid(err, "no query or no place for the result");
    if (!(factor >= 0)) return invalid(err, "a weight factor must not be negative");
    return guard(err, [&] { *out = new xs_query{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query->query, factor)}; });
}

xs_status xs_query_value_range(uint32_t slot, const char *lower, size_t lower_len,
                               const char *upper, size_t upper_len, xs_query **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the query");
    if (lower_len == 0 && upper_len == 0) return invalid(err, "a value range needs at least one bound");
    return guard(err, [&] {
        const std::string low = str(lower, lower_len), high = str(upper, upper_len);
        if (low.empty())
            *out = new xs_query{Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high)};
        else if (high.empty())
            *out = new xs_query{Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, low)};
        else
            *out = new xs_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high)};
    });
}

// Splits a buffer of NUL-terminated strings.
static std::vector<std::string> split_terms(const char *buffer, size_t len) {
    std::vector<std::string> terms;
    size_t start = 0;
    for (size_t i = 0; i < len; ++i) {
        if (buffer[i] == '\0') {
            if (i > start) terms.emplace_back(buffer + start, i - start);
            start = i + 1;
        }
    }
    if (len > start) terms.emplace_back(buffer + start, len - start);
    return terms;
}

xs_status xs_query_constraints(const xs_query *q, xs_query **out, xs_error *err) {
    if (!q || !out) return invalid(err, "no query or no place for the result");
    return guard(err, [&] {
        *out = nullptr;
        Xapian::Query restriction = Xapian::Query::MatchAll;
        bool found = false;
        Xapian::Query node = q->query;
        // Down the left side: the part that ranks; filters and exclusions hang to its right.
        while (true) {
            const auto type = node.get_type();
            if ((type == Xapian::Query::OP_FILTER || type == Xapian::Query::OP_AND_NOT) &&
                node.get_num_subqueries() >= 2) {
                const auto op = type == Xapian::Query::OP_FILTER ? Xapian::Query::OP_FILTER : Xapian::Query::OP_AND_NOT;
                for (size_t i = 1; i < node.get_num_subqueries(); ++i)
                    restriction = Xapian::Query(op, restriction, node.get_subquery(i));
                found = true;
                node = node.get_subquery(0);
            } else if ((type == Xapian::Query::OP_SCALE_WEIGHT || type == Xapian::Query::OP_AND_MAYBE) &&
                       node.get_num_subqueries() >= 1) {
                node = node.get_subquery(0);
            } else {
                break;
            }
        }
        if (found) *out = new xs_query{restriction};
    });
}

bool xs_query_is_empty(const xs_query *q) {
    if (!q) return true;
    try { return q->query.empty(); } catch (...) { return true; }
}

xs_status xs_query_describe(const xs_query *q, xs_string *out, xs_error *err) {
    clear(out);
    if (!q || !out) return invalid(err, "no query or no place for the result");
    return guard(err, [&] { give(q->query.get_description(), out); });
}

xs_status xs_query_each_term(const xs_query *q, xs_term_visitor visit, void *context, xs_error *err) {
    if (!q || !visit) return invalid(err, "no query or no visitor");
    return guard(err, [&] {
        for (auto t = q->query.get_unique_terms_begin(); t != q->query.get_unique_terms_end(); ++t) {
            const std::string term = *t;
            visit(context, term.data(), term.size());
        }
    });
}

// ------------------------------------------------------------- query parsing

xs_status xs_query_parser_new(const xs_database *db, const char *language, size_t language_len,
                              xs_stemming stemming, xs_query_parser **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the query parser");
    if (stemming < XS_STEM_NONE || stemming > XS_STEM_SOME_FULL_POS) return invalid(err, "unknown stemming strategy");
    return guard(err, [&] {
        auto *handle = new xs_query_parser();
        try {
            handle->qp.set_stemmer(make_stemmer(str(language, language_len)));
            handle->qp.set_stemming_strategy(static_cast<Xapian::QueryParser::stem_strategy>(stemming));
            if (db) {
                handle->db = db->db;
                handle->qp.set_database(handle->db);
            }
        } catch (...) {
            delete handle;
            throw;
        }
        *out = handle;
    });
}

void xs_query_parser_free(xs_query_parser *qp) { delete qp; }

xs_status xs_query_parser_add_prefix(xs_query_parser *qp, const char *field, size_t field_len,
                                     const char *prefix, size_t prefix_len, bool boolean,
                                     xs_error *err) {
    if (!qp) return invalid(err, "no query parser");
    return guard(err, [&] {
        if (boolean)
            qp->qp.add_boolean_prefix(str(field, field_len), str(prefix, prefix_len));
        else
            qp->qp.add_prefix(str(field, field_len), str(prefix, prefix_len));
    });
}

xs_status xs_query_parser_set_stopwords(xs_query_parser *qp, const char *words, size_t words_len, xs_error *err) {
    if (!qp) return invalid(err, "no query parser");
    return guard(err, [&] {
        auto stopper = std::make_unique<Xapian::SimpleStopper>();
        for (const auto &word : split_terms(words, words_len)) stopper->add(word);
        qp->qp.set_stopper(stopper.get());
        qp->stopper = std::move(stopper);
    });
}

namespace {
// `field:value` → the entity terms the index lists as synonyms of the value.
class EntityFieldProcessor : public Xapian::FieldProcessor {
  public:
    EntityFieldProcessor(Xapian::Database db, std::string field, std::string term_prefix, std::string key_prefix,
                         std::shared_ptr<std::vector<std::string>> unknown)
        : db(std::move(db)), field(std::move(field)), term_prefix(std::move(term_prefix)),
          key_prefix(std::move(key_prefix)), unknown(std::move(unknown)) {}

    Xapian::Query operator()(const std::string &raw) override {
        const std::string value = normalise(raw);
        std::vector<std::string> candidates{value};
        if (value.size() > 3 && value.back() == 's') candidates.push_back(value.substr(0, value.size() - 1));
        for (const auto &candidate : candidates) {
            std::vector<Xapian::Query> terms;
            const std::string key = key_prefix + candidate;
            for (auto t = db.synonyms_begin(key); t != db.synonyms_end(key); ++t) terms.emplace_back(*t);
            // The value may be an id as well as a name ("kursk": the city, and
            // the short name of the Kursk region): both are meant.
            if (db.term_exists(term_prefix + candidate)) terms.emplace_back(term_prefix + candidate);
            if (!terms.empty()) return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
        }
        unknown->push_back(field + ":" + raw);
        return Xapian::Query::MatchNothing;
    }

  private:
    // Lower case (ASCII), quotes dropped, runs of white space as one space.
    static std::string normalise(const std::string &raw) {
        std::string out;
        bool space = false;
        for (char c : raw) {
            if (c == '"') continue;
            if (c == ' ' || c == '\t' || c == '\n') { space = !out.empty(); continue; }
            if (space) { out += ' '; space = false; }
            out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
        return out;
    }

    Xapian::Database db;
    std::string field, term_prefix, key_prefix;
    std::shared_ptr<std::vector<std::string>> unknown;
};
} // namespace

xs_status xs_query_parser_add_entity_field(xs_query_parser *qp, const char *field, size_t field_len,
                                           const char *term_prefix, size_t term_prefix_len,
                                           const char *key_prefix, size_t key_prefix_len, xs_error *err) {
    if (!qp) return invalid(err, "no query parser");
    return guard(err, [&] {
        auto *processor = new EntityFieldProcessor(qp->db, str(field, field_len), str(term_prefix, term_prefix_len),
                                                   str(key_prefix, key_prefix_len), qp->unknown);
        qp->qp.add_boolean_prefix(str(field, field_len), processor->release());
    });
}

namespace {
// `field:A..B` (and open ends): Xapian's RangeProcessor, with the caller's
// mapper turning what was typed into the slot's bounds.
class MappedRangeProcessor : public Xapian::RangeProcessor {
  public:
    MappedRangeProcessor(Xapian::valueno slot, const std::string &field, xs_range_mapper map, void *context,
                         std::shared_ptr<std::vector<std::string>> bad)
        : Xapian::RangeProcessor(slot, field + ":"), field(field), map(map), context(context), bad(std::move(bad)) {}

    Xapian::Query operator()(const std::string &begin, const std::string &end) override {
        char lower[XS_RANGE_BOUND_MAX], upper[XS_RANGE_BOUND_MAX];
        size_t lower_len = 0, upper_len = 0;
        bool ok = map(context, begin.data(), begin.size(), end.data(), end.size(), lower, &lower_len, upper,
                      &upper_len) &&
                  lower_len <= XS_RANGE_BOUND_MAX && upper_len <= XS_RANGE_BOUND_MAX &&
                  (lower_len > 0 || upper_len > 0);
        if (!ok) {
            bad->push_back(field + ":" + (begin == end ? begin : begin + ".." + end));
            return Xapian::Query::MatchNothing;
        }
        const std::string low(lower, lower_len), high(upper, upper_len);
        // The base class makes OP_VALUE_RANGE, or OP_VALUE_GE for an open end.
        if (low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
        return Xapian::RangeProcessor::operator()(low, high);
    }

  private:
    std::string field;
    xs_range_mapper map;
    void *context;
    std::shared_ptr<std::vector<std::string>> bad;
};

// `field:A` alone: the range A..A, through the same processor.
class SingleValueRange : public Xapian::FieldProcessor {
  public:
    explicit SingleValueRange(Xapian::Internal::opt_intrusive_ptr<MappedRangeProcessor> range)
        : range(std::move(range)) {}

    Xapian::Query operator()(const std::string &value) override { return (*range)(value, value); }

  private:
    Xapian::Internal::opt_intrusive_ptr<MappedRangeProcessor> range;
};
} // namespace

xs_status xs_query_parser_add_range_field(xs_query_parser *qp, const char *field, size_t field_len, uint32_t slot,
                                          xs_range_mapper map, void *context, xs_error *err) {
    if (!qp || !map) return invalid(err, "no query parser or no mapper");
    if (field_len == 0) return invalid(err, "empty field name");
    return guard(err, [&] {
        const std::string name = str(field, field_len);
        auto *range = new MappedRangeProcessor(slot, name, map, context, qp->bad_ranges);
        range->release();
        qp->qp.add_rangeprocessor(range);
        qp->qp.add_boolean_prefix(name, (new SingleValueRange(range))->release());
    });
}

xs_status xs_query_parser_bad_ranges(const xs_query_parser *qp, xs_string *out, xs_error *err) {
    clear(out);
    if (!qp || !out) return invalid(err, "no query parser or no place for the result");
    return guard(err, [&] {
        std::string lines;
        for (const auto &value : *qp->bad_ranges) lines += value + "\n";
        give(lines, out);
    });
}

xs_status xs_query_parser_unknown_values(const xs_query_parser *qp, xs_string *out, xs_error *err) {
    clear(out);
    if (!qp || !out) return invalid(err, "no query parser or no place for the result");
    return guard(err, [&] {
        std::string lines;
        for (const auto &value : *qp->unknown) lines += value + "\n";
        give(lines, out);
    });
}

xs_status xs_query_parser_set_wildcard_limit(xs_query_parser *qp, uint32_t limit, xs_error *err) {
    if (!qp) return invalid(err, "no query parser");
    return guard(err, [&] {
        qp->qp.set_max_expansion(limit, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                                 Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
    });
}

xs_status xs_query_parser_set_default_and(xs_query_parser *qp, bool use_and, xs_error *err) {
    if (!qp) return invalid(err, "no query parser");
    return guard(err, [&] { qp->qp.set_default_op(use_and ? Xapian::Query::OP_AND : Xapian::Query::OP_OR); });
}

xs_status xs_query_parser_parse(xs_query_parser *qp, const char *text, size_t len, unsigned flags,
                                xs_query **out, xs_error *err) {
    if (!qp || !out) return invalid(err, "no query parser or no place for the query");
    return guard(err, [&] {
        qp->unknown->clear();
        qp->bad_ranges->clear();
        *out = new xs_query{qp->qp.parse_query(str(text, len), flags)};
    });
}

xs_status xs_query_parser_correction(const xs_query_parser *qp, xs_string *out, xs_error *err) {
    clear(out);
    if (!qp || !out) return invalid(err, "no query parser or no place for the result");
    return guard(err, [&] { give(qp->qp.get_corrected_query_string(), out); });
}

// -------------------------------------------------------------------- search

xs_status xs_search(const xs_database *db, const xs_query *query, const xs_search_options *options,
                    xs_mset **out, xs_error *err) {
    if (!db || !query || !options || !out) return invalid(err, "missing database, query or options");
    return guard(err, [&] {
        Xapian::Enquire enquire(db->db);
        enquire.set_query(query->query);
        enquire.set_weighting_scheme(Xapian::BM25Weight(options->bm25_k1, options->bm25_k2, options->bm25_k3,
                                                        options->bm25_b, options->bm25_min_normlen));
        if (options->collapse_slot >= 0)
            enquire.set_collapse_key(static_cast<Xapian::valueno>(options->collapse_slot),
                                     options->collapse_max ? options->collapse_max : 1);
        if (options->sort_slot >= 0)
            enquire.set_sort_by_value_then_relevance(static_cast<Xapian::valueno>(options->sort_slot),
                                                     options->sort_descending);
        auto *handle = new xs_mset();
        try {
            handle->db = db->db;
            handle->query = query->query;
            if (options->facet_slot >= 0) {
                handle->facets = std::make_unique<Xapian::ValueCountMatchSpy>(
                    static_cast<Xapian::valueno>(options->facet_slot));
                enquire.add_matchspy(handle->facets.get());
            }
            handle->mset = enquire.get_mset(options->offset, options->limit, options->check_at_least);
            enquire.clear_matchspies();
        } catch (...) {
            delete handle;
            throw;
        }
        *out = handle;
    });
}

void xs_mset_free(xs_mset *mset) { delete mset; }

uint32_t xs_mset_size(const xs_mset *mset) {
    if (!mset) return 0;
    try { return mset->mset.size(); } catch (...) { return 0; }
}

xs_status xs_mset_counts(const xs_mset *mset, xs_match_counts *out, xs_error *err) {
    if (!mset || !out) return invalid(err, "no result or no place for the counts");
    return guard(err, [&] {
        xs_match_counts c;
        c.lower = mset->mset.get_matches_lower_bound();
        c.estimated = mset->mset.get_matches_estimated();
        c.upper = mset->mset.get_matches_upper_bound();
        c.uncollapsed_lower = mset->mset.get_uncollapsed_matches_lower_bound();
        c.uncollapsed_estimated = mset->mset.get_uncollapsed_matches_estimated();
        c.uncollapsed_upper = mset->mset.get_uncollapsed_matches_upper_bound();
        *out = c;
    });
}

xs_status xs_mset_hit(const xs_mset *mset, uint32_t index, xs_hit *out, xs_error *err) {
    if (!mset || !out) return invalid(err, "no result or no place for the hit");
    if (index >= mset->mset.size()) return invalid(err, "hit index out of range");
    return guard(err, [&] {
        auto it = mset->mset[index];
        xs_hit h;
        h.docid = *it;
        h.rank = it.get_rank();
        h.weight = it.get_weight();
        h.percent = it.get_percent();
        h.collapse_count = it.get_collapse_count();
        *out = h;
    });
}

xs_status xs_mset_data(const xs_mset *mset, uint32_t index, xs_string *out, xs_error *err) {
    clear(out);
    if (!mset || !out) return invalid(err, "no result or no place for the data");
    if (index >= mset->mset.size()) return invalid(err, "hit index out of range");
    return guard(err, [&] { give(mset->mset[index].get_document().get_data(), out); });
}

xs_status xs_mset_value(const xs_mset *mset, uint32_t index, uint32_t slot, xs_string *out, xs_error *err) {
    clear(out);
    if (!mset || !out) return invalid(err, "no result or no place for the value");
    if (index >= mset->mset.size()) return invalid(err, "hit index out of range");
    return guard(err, [&] { give(mset->mset[index].get_document().get_value(slot), out); });
}

xs_status xs_mset_facets(const xs_mset *mset, xs_string *out, xs_error *err) {
    clear(out);
    if (!mset || !out) return invalid(err, "no result or no place for the facets");
    return guard(err, [&] {
        std::map<std::string, Xapian::doccount> counts;
        if (mset->facets) {
            for (auto v = mset->facets->values_begin(); v != mset->facets->values_end(); ++v) {
                const std::string value = *v;
                size_t start = 0;
                while (start < value.size()) {
                    size_t end = value.find('\n', start);
                    if (end == std::string::npos) end = value.size();
                    if (end > start) counts[value.substr(start, end - start)] += v.get_termfreq();
                    start = end + 1;
                }
            }
        }
        std::vector<std::pair<Xapian::doccount, std::string>> ranked;
        for (const auto &kv : counts) ranked.emplace_back(kv.second, kv.first);
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        std::string lines;
        for (const auto &r : ranked) lines += std::to_string(r.first) + "\t" + r.second + "\n";
        give(lines, out);
    });
}

xs_status xs_mset_expand(const xs_mset *mset, uint32_t top, uint32_t count, const char *prefix, size_t prefix_len,
                         xs_string *terms, double *weights, uint32_t *found, xs_error *err) {
    clear(terms);
    if (!mset || !terms || !found || (count && !weights)) return invalid(err, "missing result or no place for the terms");
    return guard(err, [&] {
        Xapian::RSet rset;
        uint32_t n = 0;
        for (auto it = mset->mset.begin(); it != mset->mset.end() && n < top; ++it, ++n) rset.add_document(*it);
        std::string list;
        uint32_t k = 0;
        if (!rset.empty()) {
            // Only terms of the given prefix, and none the query already has.
            struct Decider : Xapian::ExpandDecider {
                std::string prefix;
                std::set<std::string> exclude;
                bool operator()(const std::string &term) const override {
                    return term.compare(0, prefix.size(), prefix) == 0 && term.size() > prefix.size() + 2 &&
                           exclude.count(term) == 0;
                }
            } decider;
            decider.prefix = str(prefix, prefix_len);
            for (auto t = mset->query.get_unique_terms_begin(); t != mset->query.get_unique_terms_end(); ++t)
                decider.exclude.insert(*t);
            Xapian::Enquire enquire(mset->db);
            enquire.set_query(mset->query);
            Xapian::ESet eset = enquire.get_eset(count, rset, &decider);
            for (auto t = eset.begin(); t != eset.end() && k < count; ++t, ++k) {
                list += *t;
                list += '\0';
                weights[k] = t.get_weight();
            }
        }
        *found = k;
        give(list, terms);
    });
}

xs_status xs_mset_snippet(xs_mset *mset, const char *text, size_t text_len, uint32_t length,
                          const char *language, size_t language_len,
                          const char *hi_start, size_t hi_start_len, const char *hi_end, size_t hi_end_len,
                          const char *omit, size_t omit_len, xs_string *out, xs_error *err) {
    clear(out);
    if (!mset || !out) return invalid(err, "no result or no place for the snippet");
    return guard(err, [&] {
        // Xapian 1.4 highlights phrase words only when the phrase's terms are
        // unstemmed, and Passim's phrases are stemmed; so draw snippets from a
        // result set of the same terms joined by OR, which highlights each word.
        if (!mset->have_highlighter) {
            std::vector<Xapian::Query> terms;
            for (auto t = mset->query.get_unique_terms_begin(); t != mset->query.get_unique_terms_end(); ++t)
                terms.emplace_back(*t);
            Xapian::Enquire enquire(mset->db);
            enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
            mset->highlighter = enquire.get_mset(0, 0);
            mset->have_highlighter = true;
        }
        // Private markers survive the HTML escaping; the caller's replace them
        // after unescaping, so markers may contain any bytes.
        std::string plain = str(text, text_len);
        for (char &c : plain)
            if (c == '\x01' || c == '\x02' || c == '\x03') c = ' ';
        const std::string marked = mset->highlighter.snippet(
            plain, length, make_stemmer(str(language, language_len)),
            Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE, "\x01", "\x02", "\x03");
        const std::string unescaped = unescape_html(marked);
        const std::string start = str(hi_start, hi_start_len), end = str(hi_end, hi_end_len),
                          cut = str(omit, omit_len);
        std::string result;
        result.reserve(unescaped.size() + 32);
        for (char c : unescaped) {
            if (c == '\x01') result += start;
            else if (c == '\x02') result += end;
            else if (c == '\x03') result += cut;
            else result += c;
        }
        give(result, out);
    });
}

} // extern "C"
