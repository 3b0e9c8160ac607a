/*
 * xapian_shim.h — a C interface to the parts of Xapian 1.4 that Passim uses.
 *
 * Rules that hold for every function below:
 *  - No C++ exception ever leaves a shim function. Each function that can fail
 *    returns an xs_status and, when `err` is not NULL, fills it with the same
 *    status and a one-line message (NUL-terminated, truncated to fit).
 *  - Strings go in as (pointer, length) and need not be NUL-terminated; they
 *    are copied before the call returns, so the caller keeps ownership.
 *  - Strings come out as xs_string: the caller owns `data` and frees it with
 *    xs_string_free(). On failure an out-string is left empty ({NULL, 0}).
 *  - Handles are opaque. Each ..._new or ..._open has a matching ..._free, which
 *    accepts NULL and never fails. A handle is used by one thread at a time.
 *  - Out-parameters are written only on success.
 */
#ifndef XAPIAN_SHIM_H
#define XAPIAN_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- errors -- */

typedef enum xs_status {
    XS_OK = 0,
    XS_NOT_FOUND,        /* no database at the path, or no such document */
    XS_OPENING,          /* the database exists but cannot be opened (wrong format, permissions) */
    XS_LOCK,             /* another writer holds the database's lock */
    XS_CORRUPT,          /* the database files are damaged (or cannot be read) */
    XS_MODIFIED,         /* a reader's snapshot was overwritten; reopen and retry */
    XS_QUERY_SYNTAX,     /* the query string does not parse */
    XS_NETWORK,          /* a remote database failed or timed out */
    XS_INVALID_ARGUMENT, /* a bad argument or an operation not allowed in this state */
    XS_OUT_OF_MEMORY,    /* an allocation failed */
    XS_DISK_FULL,        /* a write failed because the disk is full */
    XS_OTHER             /* anything else; the message says what */
} xs_status;

typedef struct xs_error {
    xs_status status;
    char message[1024];
} xs_error;

/* A string returned by the shim; free with xs_string_free. */
typedef struct xs_string {
    char *data;
    size_t len;
} xs_string;

/* Frees s->data and empties *s. Accepts NULL and an empty string. */
void xs_string_free(xs_string *s);

/* Xapian's version, e.g. "1.4.22". Static storage; never free. */
const char *xs_xapian_version(void);

/* ------------------------------------------------------------- databases -- */

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
typedef bool (*xs_term_freq_visitor)(void *context, const char *term, size_t len, uint64_t doc_freq);
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

/* ------------------------------------------------------------ documents -- */

/* A document being built for writing. */
typedef struct xs_document xs_document;

xs_status xs_document_new(xs_document **out, xs_error *err);
void xs_document_free(xs_document *doc);

/* The stored payload returned with each search hit. */
xs_status xs_document_set_data(xs_document *doc, const char *data, size_t len, xs_error *err);

/* A value in `slot`, used for collapsing, sorting and facets. */
xs_status xs_document_add_value(xs_document *doc, uint32_t slot, const char *value, size_t len,
                                xs_error *err);

/* The stored data. *out belongs to the caller. */
xs_status xs_document_data(const xs_document *doc, xs_string *out, xs_error *err);

/* Adds `term` with within-document frequency `wdf`, without positions. */
xs_status xs_document_add_term(xs_document *doc, const char *term, size_t len, uint32_t wdf, xs_error *err);

/* Removes every term starting with `prefix` (and its positions). */
xs_status xs_document_remove_terms(xs_document *doc, const char *prefix, size_t prefix_len, xs_error *err);

/* A term without positions and with no effect on the document's length
 * (filters and ids). */
xs_status xs_document_add_boolean_term(xs_document *doc, const char *term, size_t len,
                                       xs_error *err);

/* Calls `visit` with each term of `doc` and its within-document frequency,
 * in term order. The term is valid only during the call. */
typedef void (*xs_document_term_visitor)(void *context, const char *term, size_t len, uint32_t wdf);
xs_status xs_document_each_term(const xs_document *doc, xs_document_term_visitor visit, void *context,
                                xs_error *err);

/* ------------------------------------------------------ term generation -- */

/* Turns text into terms, as Xapian::TermGenerator with a Snowball stemmer. */
typedef struct xs_termgen xs_termgen;

typedef enum xs_stemming {
    XS_STEM_NONE = 0,       /* unstemmed terms only */
    XS_STEM_SOME = 1,       /* unstemmed terms, plus stemmed terms with a "Z" prefix */
    XS_STEM_ALL = 2,        /* stemmed terms only, no prefix */
    XS_STEM_ALL_Z = 3,      /* stemmed terms only, with a "Z" prefix */
    XS_STEM_SOME_FULL_POS = 4 /* as XS_STEM_SOME, with positions on the stemmed terms too */
} xs_stemming;

/* `language` names a Snowball stemmer ("english"); an empty name means none.
 * XS_INVALID_ARGUMENT for an unknown language. */
xs_status xs_termgen_new(const char *language, size_t language_len, xs_termgen **out, xs_error *err);
void xs_termgen_free(xs_termgen *tg);

/* Indexes `text` into `doc`: terms get `prefix` and add `wdf_inc` to their
 * within-document frequency; with `positions`, word positions are recorded
 * (needed for phrases and NEAR). Positions continue from the previous call on
 * the same document; xs_termgen_increase_termpos leaves a gap between fields. */
xs_status xs_termgen_index(xs_termgen *tg, xs_document *doc,
                           const char *text, size_t text_len,
                           const char *prefix, size_t prefix_len,
                           uint32_t wdf_inc, xs_stemming stemming, bool positions,
                           xs_error *err);

xs_status xs_termgen_increase_termpos(xs_termgen *tg, uint32_t delta, xs_error *err);

/* Forgets the position counter; call before indexing a new document. */
void xs_termgen_reset(xs_termgen *tg);

/* ------------------------------------------------------------- writing -- */

/* The single writer of a database. */
typedef struct xs_writable xs_writable;

/* Opens the database at `path` for writing, creating it when `create` is
 * true. XS_LOCK when another writer holds it. *out belongs to the caller. */
xs_status xs_writable_open(const char *path, size_t path_len, bool create,
                           xs_writable **out, xs_error *err);

/* Frees the handle. An open handle is closed first; changes not yet
 * committed are then committed by Xapian, so call xs_writable_close to see
 * any error. */
void xs_writable_free(xs_writable *db);

/* Adds `doc`, replacing every document indexed by `id_term`. `doc` is copied. */
xs_status xs_writable_replace(xs_writable *db, const char *id_term, size_t id_term_len,
                              const xs_document *doc, xs_error *err);

/* Adds `doc` as a new document. `doc` is copied. */
xs_status xs_writable_add(xs_writable *db, const xs_document *doc, xs_error *err);

/* Deletes every document indexed by `term`. Deleting nothing is not an error. */
xs_status xs_writable_delete_term(xs_writable *db, const char *term, size_t term_len,
                                  xs_error *err);

/* Records `word` as seen `frequency` more times, for spelling suggestions
 * (see XS_PARSE_SPELLING_CORRECTION). */
xs_status xs_writable_add_spelling(xs_writable *db, const char *word, size_t word_len, uint32_t frequency,
                                   xs_error *err);

/* Makes `term` a synonym of `key`: Xapian's QueryParser, with
 * XS_PARSE_AUTO_SYNONYMS, searches for `term` too wherever a query has the
 * word (or, for a key of several words separated by spaces, the words) `key`. */
xs_status xs_writable_add_synonym(xs_writable *db, const char *key, size_t key_len,
                                  const char *term, size_t term_len, xs_error *err);

/* Removes every synonym of every key. */
xs_status xs_writable_clear_synonyms(xs_writable *db, xs_error *err);

/* The highest document id used so far (documents may have been deleted). */
xs_status xs_writable_last_docid(xs_writable *db, uint32_t *out, xs_error *err);

/* As xs_database_each_term, on the writer's view (its last commit plus
 * what it has written since). */
xs_status xs_writable_each_term(xs_writable *db, const char *prefix, size_t prefix_len,
                                xs_term_freq_visitor visit, void *context, xs_error *err);

/* Calls `visit` with each document id indexed by `term`, in order. */
typedef void (*xs_docid_visitor)(void *context, uint32_t docid);
xs_status xs_writable_postings(xs_writable *db, const char *term, size_t term_len, xs_docid_visitor visit,
                               void *context, xs_error *err);

/* A copy of document `docid` to modify and put back with
 * xs_writable_replace_docid. XS_NOT_FOUND when there is none.
 * *out belongs to the caller (xs_document_free). */
xs_status xs_writable_document(xs_writable *db, uint32_t docid, xs_document **out, xs_error *err);

/* Replaces document `docid` with `doc` (copied). */
xs_status xs_writable_replace_docid(xs_writable *db, uint32_t docid, const xs_document *doc, xs_error *err);

xs_status xs_writable_set_metadata(xs_writable *db, const char *key, size_t key_len,
                                   const char *value, size_t value_len, xs_error *err);

/* *out belongs to the caller. */
xs_status xs_writable_metadata(xs_writable *db, const char *key, size_t key_len,
                               xs_string *out, xs_error *err);

/* As xs_database_each_metadata, on the writer's view. */
xs_status xs_writable_each_metadata(xs_writable *db, const char *prefix, size_t prefix_len,
                                    xs_metadata_visitor visit, void *context, xs_error *err);

/* Makes every change so far durable and visible to readers, atomically. */
xs_status xs_writable_commit(xs_writable *db, xs_error *err);

/* Groups the changes that follow into one atomic unit: none of them is
 * visible or durable until xs_writable_commit_transaction, and a crash before
 * it leaves the database at its previous commit. Not nestable. */
xs_status xs_writable_begin_transaction(xs_writable *db, xs_error *err);

/* Commits the changes since xs_writable_begin_transaction, atomically. */
xs_status xs_writable_commit_transaction(xs_writable *db, xs_error *err);

/* Drops the changes since xs_writable_begin_transaction. */
xs_status xs_writable_cancel_transaction(xs_writable *db, xs_error *err);

/* Commits and releases the lock; the handle then accepts only xs_writable_free. */
xs_status xs_writable_close(xs_writable *db, xs_error *err);

xs_status xs_writable_doc_count(xs_writable *db, uint64_t *out, xs_error *err);

/* ------------------------------------------------------------- queries -- */

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
typedef void (*xs_term_visitor)(void *context, const char *term, size_t len);
xs_status xs_query_each_term(const xs_query *q, xs_term_visitor visit, void *context, xs_error *err);

/* ------------------------------------------------------- query parsing -- */

typedef struct xs_query_parser xs_query_parser;

/* Flags for xs_query_parser_parse; values equal Xapian::QueryParser's. */
enum {
    XS_PARSE_BOOLEAN = 1,
    XS_PARSE_PHRASE = 2,
    XS_PARSE_LOVEHATE = 4,
    XS_PARSE_BOOLEAN_ANY_CASE = 8,
    XS_PARSE_WILDCARD = 16,
    XS_PARSE_PURE_NOT = 32,
    XS_PARSE_PARTIAL = 64,
    XS_PARSE_SPELLING_CORRECTION = 128,
    XS_PARSE_SYNONYM = 256,
    XS_PARSE_AUTO_SYNONYMS = 512,
    XS_PARSE_AUTO_MULTIWORD_SYNONYMS = 1024
};

/* A parser with an English-or-other Snowball stemmer (`language`, may be
 * empty) and the given stemming strategy. `db` (may be NULL) is used to
 * expand wildcards and suggest spellings; the parser keeps its own reference,
 * so `db` may be freed first. */
xs_status xs_query_parser_new(const xs_database *db, const char *language, size_t language_len,
                              xs_stemming stemming, xs_query_parser **out, xs_error *err);
void xs_query_parser_free(xs_query_parser *qp);

/* Maps `field:` in queries to terms with `prefix`. A boolean field filters
 * without ranking and takes its value verbatim. */
xs_status xs_query_parser_add_prefix(xs_query_parser *qp, const char *field, size_t field_len,
                                     const char *prefix, size_t prefix_len, bool boolean,
                                     xs_error *err);

/* Words that free text ignores ("the", "of"…), as one buffer of
 * NUL-terminated strings; they still count inside phrases and with +. */
xs_status xs_query_parser_set_stopwords(xs_query_parser *qp, const char *words, size_t words_len, xs_error *err);

/* Adds a boolean field whose values name entities: `field:value` matches
 * the documents with any term listed as a synonym of `key_prefix` + the
 * value (lower-cased, white space collapsed, quotes dropped), or else, when
 * the value is an id, the term `term_prefix` + value. A value that names
 * nothing matches nothing and is remembered (xs_query_parser_unknown_values). */
xs_status xs_query_parser_add_entity_field(xs_query_parser *qp, const char *field, size_t field_len,
                                           const char *term_prefix, size_t term_prefix_len,
                                           const char *key_prefix, size_t key_prefix_len, xs_error *err);

/* The values of entity fields in the last parse that named nothing, as
 * "field:value" lines. *out belongs to the caller. */
xs_status xs_query_parser_unknown_values(const xs_query_parser *qp, xs_string *out, xs_error *err);

/* The longest bound a range mapper may write. */
#define XS_RANGE_BOUND_MAX 64

/* Turns the two ends of a range as the user typed them (either may be empty:
 * an open end) into the bounds of the values in the slot, written to `lower`
 * and `upper` (room for XS_RANGE_BOUND_MAX bytes each, not NUL-terminated)
 * with their lengths; an empty bound stays open. Returns false when the ends
 * are not valid. Called during xs_query_parser_parse, on its thread; it must
 * not unwind (no exceptions, no longjmp). */
typedef bool (*xs_range_mapper)(void *context, const char *begin, size_t begin_len,
                                const char *end, size_t end_len,
                                char *lower, size_t *lower_len, char *upper, size_t *upper_len);

/* Adds a filter field on value slot `slot`, through Xapian's RangeProcessor:
 * `field:A..B`, `field:A..` and `field:..B` are ranges, and `field:A` alone
 * is the range A..A. `map` turns what was typed into value bounds (see
 * xs_range_mapper); `context` is passed to it and must outlive the parser.
 * A value `map` refuses matches nothing and is remembered
 * (xs_query_parser_bad_ranges). Ranges are filters: they restrict without
 * ranking. Once a range field is added, any `A..B` in a query is read as a
 * range, and one on no range field is a syntax error ("Unknown range
 * operation"), as in Xapian. */
xs_status xs_query_parser_add_range_field(xs_query_parser *qp, const char *field, size_t field_len, uint32_t slot,
                                          xs_range_mapper map, void *context, xs_error *err);

/* The range field values of the last parse that the mapper refused, as
 * "field:value" lines. *out belongs to the caller. */
xs_status xs_query_parser_bad_ranges(const xs_query_parser *qp, xs_string *out, xs_error *err);

/* A wildcard expands to at most `limit` terms, the most frequent ones. */
xs_status xs_query_parser_set_wildcard_limit(xs_query_parser *qp, uint32_t limit, xs_error *err);

/* Words joined without an explicit operator: AND when true, OR when false. */
xs_status xs_query_parser_set_default_and(xs_query_parser *qp, bool use_and, xs_error *err);

/* Parses `text` with `flags` (XS_PARSE_*). A syntax error is XS_QUERY_SYNTAX
 * with Xapian's explanation; the query is never silently rewritten.
 * *out belongs to the caller. */
xs_status xs_query_parser_parse(xs_query_parser *qp, const char *text, size_t len,
                                unsigned flags, xs_query **out, xs_error *err);

/* After parsing with XS_PARSE_SPELLING_CORRECTION: the corrected query
 * string, empty when no correction was found. *out belongs to the caller. */
xs_status xs_query_parser_correction(const xs_query_parser *qp, xs_string *out, xs_error *err);

/* ------------------------------------------------------------- search -- */

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
                                 documents examined, or -1 (see xs_mset_facets); works
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

/* With a facet slot: each key found in that slot over the documents the
 * search examined (all matching ones when check_at_least covers them), with
 * how many documents had it, as lines "count<TAB>key", most frequent first.
 * *out belongs to the caller. */
xs_status xs_mset_facets(const xs_mset *mset, xs_string *out, xs_error *err);

/* Pseudo-relevance feedback: the `count` terms starting with `prefix` that
 * best tell the first `top` hits of `mset` from the rest of the database
 * (Xapian's expand set), leaving out the query's own terms. Written to
 * `terms` (owned by the caller) as NUL-terminated strings one after another,
 * with their weights in `weights` (room for `count`); *found says how many. */
xs_status xs_mset_expand(const xs_mset *mset, uint32_t top, uint32_t count, const char *prefix, size_t prefix_len,
                         xs_string *terms, double *weights, uint32_t *found, xs_error *err);

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
