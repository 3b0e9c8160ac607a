// Xapian's QueryParser: prefixes, stopwords, entity and range fields.

#include "internal.h"

using namespace xs;

struct xs_query_parser {
    Xapian::QueryParser qp;
    Xapian::Database db;
    std::unique_ptr<Xapian::SimpleStopper> stopper;
    // Entity field values that named nothing, filled during parse_query.
    Refusals unknown = std::make_shared<std::vector<std::string>>();
    // Range field values the mapper refused, filled during parse_query.
    Refusals bad_ranges = std::make_shared<std::vector<std::string>>();
};

extern "C" {

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

} // extern "C"
