/*
 * xs_query_parser.h — Xapian's QueryParser: prefixes, stopwords, field processors, range fields. The rules in xapian_shim.h apply.
 */
#ifndef XS_QUERY_PARSER_H
#define XS_QUERY_PARSER_H

#include "xs_database.h"
#include "xs_query.h"
#include "xs_document.h"

#ifdef __cplusplus
extern "C" {
#endif

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

/* Adds a word that free text ignores ("the", "of"…); stopwords still count
 * inside phrases and with +. */
xs_status xs_query_parser_add_stopword(xs_query_parser *qp, const char *word, size_t word_len, xs_error *err);

/* Turns the value of `field:value`, as Xapian's parser found it (quotes
 * included when the user typed them), into a query: on XS_OK, *out is a
 * query the processor made (with any xs_query_* function), which the shim
 * takes over and frees, or NULL when the value names nothing. Any other
 * status, with `err` filled, fails the parse with that status and message.
 * Called during xs_query_parser_parse, on its thread; it must not unwind (no
 * exceptions, no longjmp). */
typedef xs_status (*xs_field_processor)(void *context, const char *value, size_t value_len,
                                        xs_query **out, xs_error *err);

/* Adds a field whose values `process` turns into queries, through Xapian's
 * FieldProcessor; `context` is passed to it and must outlive the parser. A
 * boolean field filters without ranking. A value `process` gives no query for
 * matches nothing and is remembered (xs_query_parser_each_unknown_value). */
xs_status xs_query_parser_add_field(xs_query_parser *qp, const char *field, size_t field_len, bool boolean,
                                    xs_field_processor process, void *context, xs_error *err);

/* Calls `visit` with each value of the last parse that a field processor gave
 * no query for, as "field:value", in the order met. */
xs_status xs_query_parser_each_unknown_value(const xs_query_parser *qp, xs_term_visitor visit, void *context,
                                             xs_error *err);

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
 * (xs_query_parser_each_bad_range). Ranges are filters: they restrict without
 * ranking. Once a range field is added, any `A..B` in a query is read as a
 * range, and one on no range field is a syntax error ("Unknown range
 * operation"), as in Xapian. */
xs_status xs_query_parser_add_range_field(xs_query_parser *qp, const char *field, size_t field_len, uint32_t slot,
                                          xs_range_mapper map, void *context, xs_error *err);

/* Calls `visit` with each range field value of the last parse that the
 * mapper refused, as "field:value", in the order met. */
xs_status xs_query_parser_each_bad_range(const xs_query_parser *qp, xs_term_visitor visit, void *context,
                                         xs_error *err);

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

#ifdef __cplusplus
}
#endif

#endif
