/*
 * xs_query.h — queries built directly: terms, operators, value ranges, weights. The rules in xapian_shim.h apply.
 */
#ifndef XS_QUERY_H
#define XS_QUERY_H

#include "xs_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xs_query xs_query;

void xs_query_free(xs_query *q);

/* A query matching one term exactly. */
xs_status xs_query_term(const char *term, size_t len, xs_query **out, xs_error *err);

/* A query matching every document. */
xs_status xs_query_match_all(xs_query **out, xs_error *err);

typedef enum xs_query_op {
    XS_OP_AND = 0,
    XS_OP_OR = 1,
    XS_OP_AND_NOT = 2,
    XS_OP_FILTER = 3,   /* left ranks, right only restricts */
    XS_OP_AND_MAYBE = 4 /* left decides what matches, right only adds weight */
} xs_query_op;

/* Combines two queries into a new one; `left` and `right` stay the caller's. */
xs_status xs_query_combine(const xs_query *left, xs_query_op op, const xs_query *right,
                           xs_query **out, xs_error *err);

/* Combines `count` queries under one operator, as Xapian's Query(op, begin,
 * end): one query stands for itself, none matches nothing. The queries stay
 * the caller's; *out belongs to the caller. */
xs_status xs_query_combine_all(xs_query_op op, const xs_query *const *queries, size_t count,
                               xs_query **out, xs_error *err);

/* A second handle to the same query, freed on its own. */
xs_status xs_query_copy(const xs_query *q, xs_query **out, xs_error *err);

/* Matches the documents whose value in `slot` lies between `lower` and
 * `upper` inclusive, compared as byte strings (Xapian's OP_VALUE_RANGE). An
 * empty bound is open: only `upper` gives OP_VALUE_LE, only `lower`
 * OP_VALUE_GE. Both empty is XS_INVALID_ARGUMENT. Documents without a value
 * in the slot never match. *out belongs to the caller. */
xs_status xs_query_value_range(uint32_t slot, const char *lower, size_t lower_len,
                               const char *upper, size_t upper_len, xs_query **out, xs_error *err);

/* A query matching every document with the same weight `weight` (≥ 0),
 * Xapian's FixedWeightPostingSource: combined with XS_OP_FILTER, a fixed
 * amount added to what the filter admits. *out belongs to the caller. */
xs_status xs_query_fixed_weight(double weight, xs_query **out, xs_error *err);

/* `query` with every weight multiplied by `factor` (≥ 0). */
xs_status xs_query_scale(const xs_query *query, double factor, xs_query **out, xs_error *err);

/* What the filters and exclusions at the top of `q` admit (`field:value`
 * filters, ranges, `-word`), as a query that matches every document they
 * let through, for widening `q` without escaping them; *out is NULL when `q`
 * has none there. Only the top of the query is read: a filter inside
 * brackets under OR does not restrict the whole. *out belongs to the caller. */
xs_status xs_query_constraints(const xs_query *q, xs_query **out, xs_error *err);

/* True when the query matches nothing because it holds no terms (e.g. parsed
 * from an empty string or from stopwords only). */
bool xs_query_is_empty(const xs_query *q);

/* Xapian's description of the query, for --explain and debugging. */
xs_status xs_query_describe(const xs_query *q, xs_string *out, xs_error *err);

/* Calls `visit` with each distinct term of the query, in term order. */
xs_status xs_query_each_term(const xs_query *q, xs_term_visitor visit, void *context, xs_error *err);

#ifdef __cplusplus
}
#endif

#endif
