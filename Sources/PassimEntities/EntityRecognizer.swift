/// Finds the actors, weapons and places mentioned in articles. Immutable and
/// shared by threads: it holds the gazetteer and the statistical tagger's
/// weights; each article gets its own `ArticleTagger`, which remembers what
/// the article has introduced so far.
///
///     let recognizer = try EntityRecognizer(data: EntityData.locate())
///     var tagger = recognizer.article()
///     for passage in passages { index(tagger.mentions(in: Array(passage.text.utf8))) }
package struct EntityRecognizer: Sendable {
    package let gazetteer: Gazetteer
    package let tagger: StatisticalTagger?

    /// A recogniser over `gazetteer`, with the statistical tagger's weights
    /// from `taggerWeights` (nil: gazetteer and rules only).
    package init(gazetteer: Gazetteer, taggerWeights: String?) throws(EntityDataError) {
        self.gazetteer = gazetteer
        if let taggerWeights {
            do {
                tagger = StatisticalTagger(model: try TaggerModel.load(path: taggerWeights))
            } catch {
                throw EntityDataError(message: "cannot load the tagger weights \(taggerWeights): \(error); run passim-train-tagger or set $PASSIM_DATA")
            }
        } else {
            tagger = nil
        }
    }

    package init(gazetteer: Gazetteer, tagger: StatisticalTagger?) {
        self.gazetteer = gazetteer
        self.tagger = tagger
    }

    /// A recogniser over the default data, plus `extraGazetteers` loaded after it.
    package init(data: EntityData, extraGazetteers: [String] = []) throws(EntityDataError) {
        let gazetteer: Gazetteer
        do {
            gazetteer = try Gazetteer(paths: data.gazetteerPaths + extraGazetteers)
        } catch {
            throw EntityDataError(message: error.description)
        }
        try self.init(gazetteer: gazetteer, taggerWeights: data.taggerWeightsPath)
    }

    /// A tagger for one article, to be given its passages in order.
    package func article() -> ArticleTagger { ArticleTagger(recognizer: self) }

    /// The mentions in `text`, taken as a whole article of one passage.
    package func mentions(in text: [UInt8]) -> [EntityMention] {
        var article = article()
        return article.mentions(in: text)
    }
}
