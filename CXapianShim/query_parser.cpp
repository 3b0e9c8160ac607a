// Xapian's QueryParser: prefixes, stopwords, field processors and range fields.

#include "internal.h"

using namespace xs;

struct xs_query_parser {
    Xapian::QueryParser qp;
    Xapian::Database db;
    std::unique_ptr<Xapian::SimpleStopper> stopper;
    // Field values a processor gave no query for, filled during parse_query.
    Refusals unknown = std::make_shared<std::vector<std::string>>();
    // Range field values the mapper refused, filled during parse_query.
    Refusals bad_ranges = std::make_shared<std::vector<std::string>>();
};

namespace {

// `field:value` through the caller's processor.
class CallbackFieldProcessor : public Xapian::FieldProcessor {
  public:
    CallbackFieldProcessor(std::string field, xs_field_processor process, void *context, Refusals unknown)
        : field(std::move(field)), process(process), context(context), unknown(std::move(unknown)) {}

    Xapian::Query operator()(const std::string &value) override {
        xs_query *made = nullptr;
        xs_error error{};
        const xs_status status = process(context, value.data(), value.size(), &made, &error);
        std::unique_ptr<xs_query> owned(made);
        if (status != XS_OK) {
            error.message[sizeof error.message - 1] = '\0';
            throw ShimError{status, error.message};
        }
        if (!owned) {
            unknown->push_back(field + ":" + value);
            return Xapian::Query::MatchNothing;
        }
        return owned->query;
    }

  private:
    std::string field;
    xs_field_processor process;
    void *context;
    Refusals unknown;
};

// `field:A..B` (and open ends): Xapian's RangeProcessor, with the caller's
// mapper turning what was typed into the slot's bounds.
class MappedRangeProcessor : public Xapian::RangeProcessor {
  public:
    MappedRangeProcessor(Xapian::valueno slot, const std::string &field, xs_range_mapper map, void *context,
                         Refusals bad)
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
    Refusals bad;
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

xs_status each_value(const Refusals &values, xs_term_visitor visit, void *context, xs_error *err) {
    return guard(err, [&] {
        for (const auto &value : *values) visit(context, value.data(), value.size());
    });
}

} // namespace

extern "C" {

xs_status xs_query_parser_new(const xs_database *db, const char *language, size_t language_len,
                              xs_stemming stemming, xs_query_parser **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the query parser");
    if (!valid_stemming(stemming)) return invalid(err, "unknown stemming strategy");
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

xs_status xs_query_parser_add_stopword(xs_query_parser *qp, const char *word, size_t word_len, xs_error *err) {
    if (!qp) return invalid(err, "no query parser");
    if (word_len == 0) return invalid(err, "empty stopword");
    return guard(err, [&] {
        // The parser holds the stopper by pointer, so words added later count.
        if (!qp->stopper) {
            qp->stopper = std::make_unique<Xapian::SimpleStopper>();
            qp->qp.set_stopper(qp->stopper.get());
        }
        qp->stopper->add(str(word, word_len));
    });
}

xs_status xs_query_parser_add_field(xs_query_parser *qp, const char *field, size_t field_len, bool boolean,
                                    xs_field_processor process, void *context, xs_error *err) {
    if (!qp || !process) return invalid(err, "no query parser or no field processor");
    if (field_len == 0) return invalid(err, "empty field name");
    return guard(err, [&] {
        const std::string name = str(field, field_len);
        auto *processor = new CallbackFieldProcessor(name, process, context, qp->unknown);
        if (boolean)
            qp->qp.add_boolean_prefix(name, processor->release());
        else
            qp->qp.add_prefix(name, processor->release());
    });
}

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

xs_status xs_query_parser_each_bad_range(const xs_query_parser *qp, xs_term_visitor visit, void *context,
                                         xs_error *err) {
    if (!qp || !visit) return invalid(err, "no query parser or no visitor");
    return each_value(qp->bad_ranges, visit, context, err);
}

xs_status xs_query_parser_each_unknown_value(const xs_query_parser *qp, xs_term_visitor visit, void *context,
                                             xs_error *err) {
    if (!qp || !visit) return invalid(err, "no query parser or no visitor");
    return each_value(qp->unknown, visit, context, err);
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
