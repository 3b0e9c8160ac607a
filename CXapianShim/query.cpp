// Queries built directly: terms, operators, value ranges, weights.

#include "internal.h"

using namespace xs;

namespace {

bool xapian_op(xs_query_op op, Xapian::Query::op &out) {
    switch (op) {
    case XS_OP_AND: out = Xapian::Query::OP_AND; return true;
    case XS_OP_OR: out = Xapian::Query::OP_OR; return true;
    case XS_OP_AND_NOT: out = Xapian::Query::OP_AND_NOT; return true;
    case XS_OP_FILTER: out = Xapian::Query::OP_FILTER; return true;
    case XS_OP_AND_MAYBE: out = Xapian::Query::OP_AND_MAYBE; return true;
    }
    return false;
}

} // namespace

extern "C" {

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
    if (!xapian_op(op, xop)) return invalid(err, "unknown query operator");
    return guard(err, [&] { *out = new xs_query{Xapian::Query(xop, left->query, right->query)}; });
}

xs_status xs_query_combine_all(xs_query_op op, const xs_query *const *queries, size_t count,
                               xs_query **out, xs_error *err) {
    if (!out || (count && !queries)) return invalid(err, "missing queries or no place for the result");
    Xapian::Query::op xop;
    if (!xapian_op(op, xop)) return invalid(err, "unknown query operator");
    return guard(err, [&] {
        std::vector<Xapian::Query> subqueries;
        subqueries.reserve(count);
        for (size_t i = 0; i < count; ++i) {
            if (!queries[i]) throw Xapian::InvalidArgumentError("missing query");
            subqueries.push_back(queries[i]->query);
        }
        *out = new xs_query{Xapian::Query(xop, subqueries.begin(), subqueries.end())};
    });
}

xs_status xs_query_copy(const xs_query *q, xs_query **out, xs_error *err) {
    if (!q || !out) return invalid(err, "no query or no place for the copy");
    return guard(err, [&] { *out = new xs_query{q->query}; });
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

} // extern "C"
