/*
 * xs_common.h — statuses and errors, strings, and the visitors through which
 * the shim returns lists. The rules in xapian_shim.h apply.
 */
#ifndef XS_COMMON_H
#define XS_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What went wrong, from the type of the exception the shim caught. */
typedef enum xs_status {
    XS_OK = 0,
    XS_NOT_FOUND,        /* no database at the path, or no such document
                            (DatabaseNotFoundError, DocNotFoundError) */
    XS_OPENING,          /* the database exists but cannot be opened: wrong format, permissions
                            (DatabaseOpeningError, DatabaseVersionError) */
    XS_LOCK,             /* another writer holds the database's lock (DatabaseLockError) */
    XS_CORRUPT,          /* the database files are damaged or cannot be read (DatabaseCorruptError,
                            or a DatabaseError reading past the end of a table) */
    XS_MODIFIED,         /* a reader's snapshot was overwritten; reopen and retry (DatabaseModifiedError) */
    XS_QUERY_SYNTAX,     /* the query string does not parse (QueryParserError, WildcardError) */
    XS_NETWORK,          /* a remote database failed or timed out (NetworkError, NetworkTimeoutError) */
    XS_INVALID_ARGUMENT, /* a bad argument or an operation not allowed in this state, such as using a
                            closed database (InvalidArgumentError, InvalidOperationError,
                            UnimplementedError, RangeError, DatabaseClosedError) */
    XS_OUT_OF_MEMORY,    /* an allocation failed (std::bad_alloc) */
    XS_DISK_FULL,        /* a write failed because the disk is full (a Xapian error carrying ENOSPC) */
    XS_OTHER             /* anything else (other Xapian errors, std::exception); the message says what */
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

/* Visitors: `context` is the caller's, passed through unchanged; strings are
 * valid only during the call. */

/* One term (or other string). */
typedef void (*xs_term_visitor)(void *context, const char *term, size_t len);

/* One term and a count (documents indexing it, or as the function says);
 * a false return stops the walk. */
typedef bool (*xs_term_freq_visitor)(void *context, const char *term, size_t len, uint64_t doc_freq);

#ifdef __cplusplus
}
#endif

#endif
