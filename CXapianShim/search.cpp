// Searching: the match set, its hits, counts, facets, expansion terms and snippets.

#include "internal.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

using namespace xs;

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

// Only terms of the given prefix (and more than two bytes past it), and none the query already has.
struct ExpansionDecider : Xapian::ExpandDecider {
    std::string prefix;
    std::set<std::string> exclude;
    bool operator()(const std::string &term) const override {
        return term.compare(0, prefix.size(), prefix) == 0 && term.size() > prefix.size() + 2 &&
               exclude.count(term) == 0;
    }
};

} // namespace

extern "C" {

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

xs_status xs_mset_each_facet(const xs_mset *mset, xs_term_freq_visitor visit, void *context, xs_error *err) {
    if (!mset || !visit) return invalid(err, "no result or no visitor");
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
        std::vector<std::pair<Xapian::doccount, const std::string *>> ranked;
        ranked.reserve(counts.size());
        for (const auto &kv : counts) ranked.emplace_back(kv.second, &kv.first);
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : *a.second < *b.second;
        });
        for (const auto &r : ranked)
            if (!visit(context, r.second->data(), r.second->size(), r.first)) break;
    });
}

xs_status xs_mset_expand(const xs_mset *mset, uint32_t top, uint32_t count, const char *prefix, size_t prefix_len,
                         xs_weighted_term_visitor visit, void *context, xs_error *err) {
    if (!mset || !visit) return invalid(err, "no result or no visitor");
    return guard(err, [&] {
        Xapian::RSet rset;
        uint32_t n = 0;
        for (auto it = mset->mset.begin(); it != mset->mset.end() && n < top; ++it, ++n) rset.add_document(*it);
        if (rset.empty() || count == 0) return;
        ExpansionDecider decider;
        decider.prefix = str(prefix, prefix_len);
        for (auto t = mset->query.get_unique_terms_begin(); t != mset->query.get_unique_terms_end(); ++t)
            decider.exclude.insert(*t);
        Xapian::Enquire enquire(mset->db);
        enquire.set_query(mset->query);
        Xapian::ESet eset = enquire.get_eset(count, rset, &decider);
        uint32_t k = 0;
        for (auto t = eset.begin(); t != eset.end() && k < count; ++t, ++k) {
            const std::string term = *t;
            if (!visit(context, term.data(), term.size(), t.get_weight())) break;
        }
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
