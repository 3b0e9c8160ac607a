/*
 * xs_search.h — searching: the match set, hits, counts, facets, expansion terms, snippets. The rules in xapian_shim.h apply.
 */
#ifndef XS_SEARCH_H
#define XS_SEARCH_H

#include "xs_database.h"
#include "xs_query.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xs_search_options {
    uint32_t offset;          /* first rank to return, 0-based */
    uint32_t limit;           /* how many hits at most */
    uint32_t check_at_least;  /* documents to examine at least, for exact counts */
    int32_t collapse_slot;    /* value slot to collapse on, or -1 */
    uint32_t collapse_max;    /* hits kept per collapse key */
    double bm25_k1, bm25_k2, bm25_k3, bm25_b, bm25_min_normlen;
    int32_t sort_slot;        /* value slot to sort by before relevance, or -1 */
    bool sort_descending;
    int32_t facet_slot;       /* value slot of newline-separated keys to count over all
                                 documents examined, or -1 (see xs_mset_each_facet); works
                                 with remote databases too */
} xs_search_options;

/* The hits of one search, with what is needed to show them. */
typedef struct xs_mset xs_mset;

/* Runs `query` over `db`. *out belongs to the caller and holds its own
 * references to db and query, which may be freed first. */
xs_status xs_search(const xs_database *db, const xs_query *query, const xs_search_options *options,
                    xs_mset **out, xs_error *err);
void xs_mset_free(xs_mset *mset);

uint32_t xs_mset_size(const xs_mset *mset);

typedef struct xs_match_counts {
    uint64_t lower, estimated, upper; /* documents matching, after collapsing */
    uint64_t uncollapsed_lower, uncollapsed_estimated, uncollapsed_upper; /* before collapsing */
} xs_match_counts;
xs_status xs_mset_counts(const xs_mset *mset, xs_match_counts *out, xs_error *err);

typedef struct xs_hit {
    uint32_t docid;
    uint32_t rank;            /* 0-based, counting from the first hit of the whole result */
    double weight;
    int32_t percent;
    uint64_t collapse_count;  /* hits with the same collapse key left out (lower bound) */
} xs_hit;

/* Hit `index` (0 ≤ index < size). XS_INVALID_ARGUMENT when out of range. */
xs_status xs_mset_hit(const xs_mset *mset, uint32_t index, xs_hit *out, xs_error *err);

/* The stored data of hit `index`. *out belongs to the caller. */
xs_status xs_mset_data(const xs_mset *mset, uint32_t index, xs_string *out, xs_error *err);

/* Value `slot` of hit `index` (empty when unset). *out belongs to the caller. */
xs_status xs_mset_value(const xs_mset *mset, uint32_t index, uint32_t slot, xs_string *out,
                        xs_error *err);

/* With a facet slot: calls `visit` with each key found in that slot over
 * the documents the search examined (all matching ones when check_at_least
 * covers them) and how many documents had it, most frequent first (keys in
 * byte order among equals); a false return stops. */
xs_status xs_mset_each_facet(const xs_mset *mset, xs_term_freq_visitor visit, void *context, xs_error *err);

/* A term and its weight; a false return stops the walk. */
typedef bool (*xs_weighted_term_visitor)(void *context, const char *term, size_t len, double weight);

/* Pseudo-relevance feedback: calls `visit` with each of the (at most `count`)
 * terms starting with `prefix` that best tell the first `top` hits of `mset`
 * from the rest of the database (Xapian's expand set), best first, leaving
 * out the query's own terms, with its weight. */
xs_status xs_mset_expand(const xs_mset *mset, uint32_t top, uint32_t count, const char *prefix, size_t prefix_len,
                         xs_weighted_term_visitor visit, void *context, xs_error *err);

/* A window of about `length` bytes of `text` where the query matches best
 * (words compared after stemming with the Snowball stemmer `language`),
 * with every query term (phrase words included) wrapped in `hi_start` and
 * `hi_end`, and `omit` where text was cut. Unlike Xapian's own snippet, the
 * result is plain text: it is not HTML-escaped. *out belongs to the caller. */
xs_status xs_mset_snippet(xs_mset *mset, const char *text, size_t text_len, uint32_t length,
                          const char *language, size_t language_len,
                          const char *hi_start, size_t hi_start_len,
                          const char *hi_end, size_t hi_end_len,
                          const char *omit, size_t omit_len,
                          xs_string *out, xs_error *err);

#ifdef __cplusplus
}
#endif

#endif
