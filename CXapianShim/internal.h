// What the shim's C++ files share: the handles behind the opaque types, and
// `guard`, which every entry point runs its body through so that no
// exception leaves the shim.
#ifndef XAPIAN_SHIM_INTERNAL_H
#define XAPIAN_SHIM_INTERNAL_H

#include "xapian_shim.h"

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

struct xs_database { Xapian::Database db; };
struct xs_document { Xapian::Document doc; };
struct xs_termgen { Xapian::TermGenerator tg; Xapian::Stem stem; };
struct xs_writable { Xapian::WritableDatabase db; bool closed = false; };
struct xs_query { Xapian::Query query; };

namespace xs {

// Values that a parser's field or range processor turned down in the last
// parse, as "field:value"; shared with the processors, which outlive no parser.
using Refusals = std::shared_ptr<std::vector<std::string>>;

// A status raised inside the shim, for instance by a caller's callback that
// failed: `guard` reports it as it is.
struct ShimError {
    xs_status status;
    std::string message;
};

// Fills `err` (when not NULL) with `status` and `message`, truncated to fit.
void set_error(xs_error *err, xs_status status, const char *message, size_t len) noexcept;
void set_error(xs_error *err, xs_status status, const std::string &message) noexcept;

// Classifies the exception being handled (call only inside a catch block) by
// its C++ type, fills `err`, and returns the status.
xs_status report_current_exception(xs_error *err) noexcept;

// Runs `body`; whatever it throws becomes a status. Nothing escapes.
template <typename Body>
xs_status guard(xs_error *err, Body &&body) noexcept {
    try {
        body();
        if (err) { err->status = XS_OK; err->message[0] = '\0'; }
        return XS_OK;
    } catch (...) {
        return report_current_exception(err);
    }
}

inline xs_status invalid(xs_error *err, const char *message) noexcept {
    set_error(err, XS_INVALID_ARGUMENT, message);
    return XS_INVALID_ARGUMENT;
}

inline std::string str(const char *p, size_t n) { return n ? std::string(p, n) : std::string(); }

// Copies `s` into a malloc'd xs_string owned by the caller.
void give(const std::string &s, xs_string *out);

inline void clear(xs_string *out) noexcept {
    if (out) { out->data = nullptr; out->len = 0; }
}

inline Xapian::Stem make_stemmer(const std::string &language) {
    return language.empty() ? Xapian::Stem() : Xapian::Stem(language);
}

inline bool valid_stemming(xs_stemming stemming) {
    return stemming >= XS_STEM_NONE && stemming <= XS_STEM_SOME_FULL_POS;
}

} // namespace xs

#endif
