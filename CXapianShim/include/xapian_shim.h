/*
 * xapian_shim.h — a C interface to the parts of Xapian 1.4 that Passim uses.
 * The header Swift imports: it includes one header per concern, and further
 * declarations may follow the includes.
 *
 * Rules that hold for every function of every header below:
 *  - No C++ exception ever leaves a shim function. Each function that can fail
 *    returns an xs_status and, when `err` is not NULL, fills it with the same
 *    status and a one-line message (NUL-terminated, truncated to fit). The
 *    status follows the type of the Xapian exception caught (see xs_status).
 *  - Strings go in as (pointer, length) and need not be NUL-terminated; they
 *    are copied before the call returns, so the caller keeps ownership.
 *  - Strings come out as xs_string: the caller owns `data` and frees it with
 *    xs_string_free(). On failure an out-string is left empty ({NULL, 0}).
 *  - Lists come out only through visitors: a callback called once per item,
 *    with strings valid only during the call.
 *  - Handles are opaque. Each ..._new or ..._open has a matching ..._free, which
 *    accepts NULL and never fails. A handle is used by one thread at a time.
 *  - Out-parameters are written only on success.
 *  - The shim speaks Xapian's terms only: what a field or a range means is
 *    the caller's, through callbacks (xs_field_processor, xs_range_mapper).
 */
#ifndef XAPIAN_SHIM_H
#define XAPIAN_SHIM_H

#include "xs_common.h"
#include "xs_database.h"
#include "xs_document.h"
#include "xs_writable.h"
#include "xs_query.h"
#include "xs_query_parser.h"
#include "xs_search.h"
#include "xs_timeline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Declarations of further concerns, whose definitions live in their own
 * .cpp files, follow here. */

#ifdef __cplusplus
}
#endif

#endif
