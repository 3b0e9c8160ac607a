import Xapian
import PassimSupport

/// How many articles and passages match on each day: what `passim timeline` charts.
package struct DayCounts: Sendable, Equatable {
    package struct Count: Sendable, Equatable {
        package var articles = 0
        package var passages = 0
        package init(articles: Int = 0, passages: Int = 0) {
            self.articles = articles
            self.passages = passages
        }
    }

    /// By day (YYYYMMDD), for the articles that state their date.
    package var days: [String: Count] = [:]
    /// The articles dated by their file's time only, counted apart.
    package var undated = Count()

    package init() {}

    package var total: Count {
        days.values.reduce(undated) { Count(articles: $0.articles + $1.articles, passages: $0.passages + $1.passages) }
    }
}

extension Searcher {
    /// The matching articles and passages of `text`, per day. One pass of
    /// Xapian's matcher with its value-count spy over the timeline slot (one
    /// key per article and day): no hit is listed, scored or sorted.
    package func dayCounts(_ text: String, dates: DateRange? = nil) throws(PassimError) -> DayCounts {
        let keys = try sources.reading { database throws(PassimError) in
            let parsed = try UserQuery.parse(text, database: database).query
            return try withPassimErrors(index: indexPath) { () throws(XapianError) in
                var options = SearchOptions()
                options.limit = 0
                options.checkAtLeast = UInt32(clamping: try database.stats().documentCount)
                options.facetSlot = IndexSchema.timelineSlot
                return try database.search(try CompiledQuery.restricted(parsed, to: dates), options: options).facets()
            }
        }
        var counts = DayCounts()
        for (key, passages) in keys {
            let day = key.utf8.prefix { $0 != UInt8(ascii: "\t") }
            if day.count == 8 {
                let name = String(decoding: day, as: UTF8.self)
                counts.days[name, default: DayCounts.Count()].articles += 1
                counts.days[name, default: DayCounts.Count()].passages += passages
            } else {
                counts.undated.articles += 1
                counts.undated.passages += passages
            }
        }
        return counts
    }
}
