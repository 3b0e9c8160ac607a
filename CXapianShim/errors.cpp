// Errors: what each C++ exception type caught becomes, and the shim's strings.

#include "internal.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>

namespace xs {

void set_error(xs_error *err, xs_status status, const char *message, size_t len) noexcept {
    if (!err) return;
    err->status = status;
    size_t n = len < sizeof err->message - 1 ? len : sizeof err->message - 1;
    std::memcpy(err->message, message, n);
    err->message[n] = '\0';
}

void set_error(xs_error *err, xs_status status, const std::string &message) noexcept {
    set_error(err, status, message.data(), message.size());
}

void give(const std::string &s, xs_string *out) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p) throw std::bad_alloc();
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    out->data = p;
    out->len = s.size();
}

namespace {

std::string describe(const Xapian::Error &e) {
    std::string msg = e.get_msg();
    const char *detail = e.get_error_string();
    if (detail && *detail) {
        if (!msg.empty()) msg += ": ";
        msg += detail;
    }
    if (msg.empty()) msg = e.get_type();
    return msg;
}

// The errno text Xapian attaches to a failed write tells a full disk apart.
bool is_disk_full(const Xapian::Error &e) {
    const char *detail = e.get_error_string();
    return detail && std::strcmp(detail, std::strerror(ENOSPC)) == 0;
}

xs_status fill(xs_error *err, xs_status status, const char *message) noexcept {
    set_error(err, status, message, std::strlen(message));
    return status;
}

xs_status fill(xs_error *err, xs_status status, const std::string &message) noexcept {
    set_error(err, status, message);
    return status;
}

// Building the message allocates; without memory, the type's name has to do.
xs_status fill(xs_error *err, xs_status status, const Xapian::Error &e) noexcept {
    try {
        return fill(err, status, describe(e));
    } catch (...) {
        return fill(err, status, e.get_type());
    }
}

// A plain DatabaseError: a full disk, or a table file shorter than its
// blocks or unreadable, which glass reports as "EOF reading block 14" but is
// damage.
xs_status classify_database_error(const Xapian::DatabaseError &e) {
    if (is_disk_full(e)) return XS_DISK_FULL;
    const std::string &msg = e.get_msg();
    if (msg.rfind("EOF reading", 0) == 0 || msg.rfind("Error reading", 0) == 0) return XS_CORRUPT;
    return XS_OTHER;
}

} // namespace

xs_status report_current_exception(xs_error *err) noexcept {
    // Most derived types first: a catch clause takes its subclasses too.
    try {
        throw;
    } catch (const ShimError &e) {
        return fill(err, e.status, e.message);
    } catch (const Xapian::DatabaseNotFoundError &e) {
        return fill(err, XS_NOT_FOUND, e);
    } catch (const Xapian::DocNotFoundError &e) {
        return fill(err, XS_NOT_FOUND, e);
    } catch (const Xapian::DatabaseLockError &e) {
        return fill(err, XS_LOCK, e);
    } catch (const Xapian::DatabaseCorruptError &e) {
        return fill(err, XS_CORRUPT, e);
    } catch (const Xapian::DatabaseModifiedError &e) {
        return fill(err, XS_MODIFIED, e);
    } catch (const Xapian::DatabaseOpeningError &e) { // DatabaseVersionError too
        return fill(err, XS_OPENING, e);
    } catch (const Xapian::DatabaseClosedError &e) {
        return fill(err, XS_INVALID_ARGUMENT, e);
    } catch (const Xapian::DatabaseError &e) {
        return fill(err, classify_database_error(e), e);
    } catch (const Xapian::QueryParserError &e) {
        return fill(err, XS_QUERY_SYNTAX, e);
    } catch (const Xapian::WildcardError &e) {
        return fill(err, XS_QUERY_SYNTAX, e);
    } catch (const Xapian::NetworkError &e) { // NetworkTimeoutError too
        return fill(err, XS_NETWORK, e);
    } catch (const Xapian::InvalidArgumentError &e) {
        return fill(err, XS_INVALID_ARGUMENT, e);
    } catch (const Xapian::InvalidOperationError &e) {
        return fill(err, XS_INVALID_ARGUMENT, e);
    } catch (const Xapian::UnimplementedError &e) {
        return fill(err, XS_INVALID_ARGUMENT, e);
    } catch (const Xapian::RangeError &e) {
        return fill(err, XS_INVALID_ARGUMENT, e);
    } catch (const Xapian::Error &e) {
        return fill(err, is_disk_full(e) ? XS_DISK_FULL : XS_OTHER, e);
    } catch (const std::bad_alloc &) {
        return fill(err, XS_OUT_OF_MEMORY, "out of memory");
    } catch (const std::exception &e) {
        return fill(err, XS_OTHER, e.what());
    } catch (...) {
        return fill(err, XS_OTHER, "unknown error");
    }
}

} // namespace xs

extern "C" {

void xs_string_free(xs_string *s) {
    if (!s) return;
    std::free(s->data);
    s->data = nullptr;
    s->len = 0;
}

const char *xs_xapian_version(void) { return Xapian::version_string(); }

} // extern "C"
