// ref-search: a plain C++ searcher over an index written by passim or
// ref-index, the yardstick for passim's search latency. One query per
// process, as `passim search` runs.
//
//   ref-search INDEX QUERY [LIMIT]
//
// Parses QUERY with Xapian's QueryParser (english stemmer, STEM_ALL_Z,
// default flags plus wildcards), collapses on value 0 (the article) keeping
// two passages per article, and prints the top LIMIT (default 10) hits, each
// with a snippet of the passage text stored in the document data.
#include <xapian.h>

#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <utility>

namespace {

// Document data is passim's PassageRecord (ref-index writes the same): a
// version byte, LEB128 numbers and length-prefixed strings, text last.
struct RecordReader {
    const std::string &data;
    size_t at = 1;
    uint64_t number() {
        uint64_t n = 0;
        for (int shift = 0; at < data.size() && shift < 64; shift += 7) {
            unsigned char b = data[at++];
            n |= uint64_t(b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        return n;
    }
    std::string string() {
        uint64_t n = number();
        if (n > data.size() - at) n = data.size() - at;
        std::string s = data.substr(at, n);
        at += n;
        return s;
    }
};

// The path and text of a passage record.
std::pair<std::string, std::string> path_and_text(const std::string &data) {
    RecordReader r{data};
    r.number();  // article
    r.number();  // ordinal
    std::string path = r.string();
    r.string();  // title
    r.string();  // date
    r.number();  // line
    r.number();  // start
    r.number();  // length
    return {path, r.string()};
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        std::cerr << "usage: ref-search INDEX QUERY [LIMIT]\n";
        return 2;
    }
    const unsigned limit = argc == 4 ? unsigned(std::stoul(argv[3])) : 10;
    try {
        Xapian::Database db(argv[1]);
        Xapian::QueryParser parser;
        parser.set_database(db);
        parser.set_stemmer(Xapian::Stem("english"));
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
        const Xapian::Query query =
            parser.parse_query(argv[2], Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD);

        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        enquire.set_collapse_key(0, 2);
        Xapian::MSet mset = enquire.get_mset(0, limit);
        const Xapian::Stem stemmer("english");
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const Xapian::Document doc = it.get_document();
            const auto [path, text] = path_and_text(doc.get_data());
            const std::string snippet = mset.snippet(text, 300, stemmer);
            std::printf("%u\t%.3f\t%s\t%s\n", it.get_rank() + 1, it.get_weight(), path.c_str(), snippet.c_str());
        }
        std::fprintf(stderr, "about %u matching passages\n", mset.get_matches_estimated());
        return mset.empty() ? 1 : 0;
    } catch (const Xapian::Error &e) {
        std::cerr << "ref-search: " << e.get_description() << "\n";
        return 2;
    }
}
