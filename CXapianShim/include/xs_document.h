/*
 * xs_document.h — documents being built, and the term generator that fills them. The rules in xapian_shim.h apply.
 */
#ifndef XS_DOCUMENT_H
#define XS_DOCUMENT_H

#include "xs_common.h"

#ifdef __cplusplus
extern "C" {
#endif

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

#ifdef __cplusplus
}
#endif

#endif
