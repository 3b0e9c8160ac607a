/*
 * xs_timeline.h — counting the documents a query matches, and the distinct
 * values among them, grouped by the number a value slot starts with. The
 * rules in xapian_shim.h apply.
 */
#ifndef XS_TIMELINE_H
#define XS_TIMELINE_H

#include "xs_database.h"
#include "xs_query.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One group: the number its values start with, how many distinct values
 * fell in it and how many matching documents. */
typedef struct xs_value_group {
    uint64_t group;     /* the value's leading ASCII digits as a number; 0 when it starts with none */
    uint64_t distinct;  /* distinct values (whole values, not just their numbers) */
    uint64_t documents; /* matching documents */
} xs_value_group;

/* One group; a false return stops the walk. */
typedef bool (*xs_value_group_visitor)(void *context, const xs_value_group *group);

/* Runs `query` over every document of `db` without weighting or keeping any
 * hit, reads value `slot` of each match and calls `visit` once per group, in
 * increasing order of `group`. A group's number is read from at most 18
 * leading digits; the distinct values of the whole of `db` are counted once,
 * whichever databases they come from.
 *
 * Remote databases work with a stock xapian-tcpsrv: it runs Xapian's own
 * ValueCountMatchSpy over `slot`, whose per-value counts are folded into
 * groups here. XS_NETWORK when a remote database fails. */
xs_status xs_count_value_groups(const xs_database *db, const xs_query *query, uint32_t slot,
                                xs_value_group_visitor visit, void *context, xs_error *err);

#ifdef __cplusplus
}
#endif

#endif
