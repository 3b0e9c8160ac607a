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
    /// The matching articles and passages of `text`, per day. One unweighted
    /// pass of Xapian's matcher with the shim's value-group spy over the
    /// timeline slot, whose values start with the day and are one per
    /// article: no hit is listed, scored or sorted.
    package func dayCounts(_ text: String, dates: DateRange? = nil) throws(PassimError) -> DayCounts {
        let groups = try sources.reading { database throws(PassimError) in
            let parsed = try UserQuery.parse(text, database: database).query
            return try withPassimErrors(index: indexPath) { () throws(XapianError) in
                try database.countValueGroups(try CompiledQuery.restricted(parsed, to: dates), slot: IndexSchema.timelineSlot)
            }
        }
        var counts = DayCounts()
        for group in groups {
            let count = DayCounts.Count(articles: Int(clamping: group.distinct), passages: Int(clamping: group.documents))
            // A stated day has 8 digits; a file's time leaves the day out (group 0).
            if (10_000_000...99_999_999).contains(group.group) {
                counts.days[String(group.group)] = count
            } else {
                counts.undated.articles += count.articles
                counts.undated.passages += count.passages
            }
        }
        return counts
    }
}
