#if canImport(Glibc)
import Glibc
import PassimIndex
#endif

/// The address `passim serve` listens on, checked before the server starts,
/// so "serving…" is only said of a port that can be had.
enum ServeAddress {
    /// 127.0.0.0/8, ::1 and localhost: only this machine can connect.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" { return true }
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        if inet_pton(AF_INET6, host, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { $0.prefix(15).allSatisfy { $0 == 0 } && $0[15] == 1 }
        }
        return false
    }

    /// Binds `host`:`port` for a moment (as xapian-tcpsrv will, with
    /// SO_REUSEADDR) and says in one line why it cannot be had.
    static func checkCanListen(_ host: String, _ port: String) throws(PassimError) {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var found: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host == "localhost" ? "127.0.0.1" : host, port, &hints, &found)
        guard resolved == 0, let info = found else {
            throw PassimError.usage("cannot listen on \(host):\(port): \(String(cString: gai_strerror(resolved))); give an address of this machine")
        }
        defer { freeaddrinfo(found) }
        let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0 else { return } // the server will say why itself
        defer { close(fd) }
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            let reason = String(cString: strerror(errno))
            let hint = errno == EADDRINUSE ? "stop what listens there or choose another port"
                : "give an address of this machine and a port you may use"
            throw PassimError.usage("cannot listen on \(host):\(port): \(reason); \(hint)")
        }
    }
}
