import CXapianShim

/// One group of `Database.countValueGroups`: the number its values start
/// with, how many distinct values fell in it and how many matching documents.
public struct ValueGroup: Sendable, Equatable {
    public var group: UInt64
    public var distinct: UInt64
    public var documents: UInt64

    public init(group: UInt64, distinct: UInt64, documents: UInt64) {
        (self.group, self.distinct, self.documents) = (group, distinct, documents)
    }
}

extension Database {
    /// Every document matching `query`, grouped by the number that value
    /// `slot` starts with (0 when none), in increasing order: per group, the
    /// matching documents and the distinct values among them. One unweighted
    /// pass that keeps no hit; works over remote databases too.
    public func countValueGroups(_ query: Query, slot: UInt32) throws(XapianError) -> [ValueGroup] {
        final class Collector { var groups: [ValueGroup] = [] }
        let collector = Collector()
        try shim { error in
            xs_count_value_groups(handle, query.handle, slot, { context, group in
                let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
                let g = group!.pointee
                collector.groups.append(ValueGroup(group: g.group, distinct: g.distinct, documents: g.documents))
                return true
            }, Unmanaged.passUnretained(collector).toOpaque(), error)
        }
        return collector.groups
    }
}
