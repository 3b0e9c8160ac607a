// ref-index: a plain, single-threaded C++ indexer over Xapian that does the
// work `passim index` does, as the yardstick for passim's indexing speed.
//
//   ref-index CORPUS INDEX
//   ref-index --passages CORPUS    prints the passages instead, for the
//                                  SQLite FTS5 and tantivy indexers
//
// Walks CORPUS for .txt/.text/.md/.markdown files (hidden ones skipped),
// cuts each into passages by passim's rules (Sources/PassimText/Passages:
// paragraphs, merging under 25 words, windows of ~100 words of whole
// sentences that share a boundary sentence) and writes one document per
// passage with passim's terms, values, data, spelling and per-article
// metadata, committing every 8 MB of input. It writes a fresh index.
// Not ported: HTML and Markdown extraction (files are read as plain text)
// and the date value.
#include <xapian.h>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Passim's Tuning.swift.
constexpr int kMinWords = 25;
constexpr int kMaxWords = 150;
constexpr int kTargetWords = 100;
constexpr int64_t kCommitBytes = 8 << 20;
constexpr size_t kTitleCharacters = 120;

struct Range {
    size_t lo, hi;
};

// ------------------------------------------------------------------ walking

bool has_article_extension(const std::string &name) {
    static const char *exts[] = {".txt", ".text", ".md", ".markdown"};
    for (const char *e : exts) {
        size_t n = std::strlen(e);
        if (name.size() > n && strcasecmp(name.c_str() + name.size() - n, e) == 0) return true;
    }
    return false;
}

void walk(const std::string &root, const std::string &rel, const std::string &skip, std::vector<std::string> &out) {
    std::string dir = rel.empty() ? root : root + "/" + rel;
    DIR *d = opendir(dir.c_str());
    if (!d) return;
    std::vector<std::string> names;
    while (dirent *e = readdir(d))
        if (e->d_name[0] != '.') names.emplace_back(e->d_name);
    closedir(d);
    std::sort(names.begin(), names.end());
    for (const auto &name : names) {
        std::string r = rel.empty() ? name : rel + "/" + name;
        std::string full = root + "/" + r;
        if (full == skip) continue;
        struct stat st;
        if (stat(full.c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) walk(root, r, skip, out);
        else if (S_ISREG(st.st_mode) && has_article_extension(name)) out.push_back(r);
    }
}

// ----------------------------------------------------------------- decoding

bool valid_utf8(const std::string &s) {
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = s[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > n) return false;
        for (int k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

// Windows-1252 to UTF-8, as passim does for text that is not UTF-8.
std::string from_cp1252(const std::string &s) {
    static const uint16_t high[32] = {0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                                      0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (unsigned char c : s) {
        unsigned cp = c < 0x80 ? c : c < 0xA0 ? high[c - 0x80] : c;
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x800) { out += static_cast<char>(0xC0 | cp >> 6); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        else {
            out += static_cast<char>(0xE0 | cp >> 12);
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

// ------------------------------------------------------- bytes of prose text

struct Prose {
    const std::string &t;
    size_t size() const { return t.size(); }
    unsigned char at(size_t i) const { return static_cast<unsigned char>(t[i]); }

    int space(size_t i) const {
        unsigned char b = at(i);
        if (b > 0x20) return b == 0xC2 && i + 1 < size() && at(i + 1) == 0xA0 ? 2 : 0;
        return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0;
    }
    size_t skip_space(size_t i, size_t end) const {
        while (i < end) {
            int w = space(i);
            if (!w) break;
            i += w;
        }
        return std::min(i, end);
    }
    size_t trim_before(size_t i, size_t start) const {
        while (i > start) {
            unsigned char b = at(i - 1);
            if (b == 0x20 || (b >= 0x09 && b <= 0x0D)) --i;
            else if (b == 0xA0 && i >= start + 2 && at(i - 2) == 0xC2) i -= 2;
            else break;
        }
        return i;
    }
    bool digit(size_t i) const { return at(i) >= '0' && at(i) <= '9'; }
    unsigned char punct(size_t i) const { return i + 2 < size() && at(i + 1) == 0x80 ? at(i + 2) : 0; }
    int capital(size_t i) const {
        unsigned char lead = at(i);
        if (lead >= 'A' && lead <= 'Z') return 1;
        if (lead < 0xC3 || lead > 0xD0 || i + 1 >= size()) return 0;
        unsigned char next = at(i + 1);
        if ((next & 0xC0) != 0x80) return 0;
        unsigned s = (lead & 0x1F) << 6 | (next & 0x3F);
        if (s >= 0xC0 && s <= 0xDE) return s == 0xD7 ? 0 : 2;
        if ((s >= 0x100 && s <= 0x137) || (s >= 0x14A && s <= 0x177)) return s % 2 == 0 ? 2 : 0;
        if ((s >= 0x139 && s <= 0x148) || (s >= 0x179 && s <= 0x17E)) return s % 2 == 1 ? 2 : 0;
        if (s == 0x178) return 2;
        if (s >= 0x391 && s <= 0x3A9) return s == 0x3A2 ? 0 : 2;
        if (s >= 0x400 && s <= 0x42F) return 2;
        return 0;
    }
    int sentence_end(size_t i) const {
        unsigned char b = at(i);
        if (b == '.' || b == '!' || b == '?') return 1;
        return b == 0xE2 && punct(i) == 0xA6 ? 3 : 0;
    }
    int closing(size_t i) const {
        unsigned char b = at(i);
        if (b == '"' || b == '\'' || b == ')' || b == ']') return 1;
        if (b == 0xC2) return i + 1 < size() && at(i + 1) == 0xBB ? 2 : 0;
        if (b == 0xE2) { unsigned char p = punct(i); return p == 0x9D || p == 0x99 || p == 0xBA ? 3 : 0; }
        return 0;
    }
    int opening(size_t i) const {
        unsigned char b = at(i);
        if (b == '"' || b == '\'' || b == '(' || b == '[') return 1;
        if (b == 0xC2) return i + 1 < size() && at(i + 1) == 0xAB ? 2 : 0;
        if (b == 0xE2) { unsigned char p = punct(i); return p == 0x9C || p == 0x98 || p == 0xB9 ? 3 : 0; }
        return 0;
    }
};

// --------------------------------------------------------------- paragraphs

std::vector<Range> paragraphs(const Prose &p) {
    enum Kind { blank, flush, indented };
    std::vector<Range> out;
    long start = -1;
    size_t end = 0;
    Kind previous = blank;
    size_t i = 0, n = p.size();
    while (i < n) {
        int indentation = 0;
        while (i < n && p.at(i) != '\n' && p.at(i) != '\r') {
            int w = p.space(i);
            if (!w) break;
            indentation += p.at(i) == '\t' ? 2 : 1;
            i += w;
        }
        size_t content_start = i;
        while (i < n && p.at(i) != '\n' && p.at(i) != '\r') ++i;
        size_t content_end = p.trim_before(i, content_start);
        if (i < n) i += p.at(i) == '\r' && i + 1 < n && p.at(i + 1) == '\n' ? 2 : 1;
        if (content_start == content_end) {
            if (start >= 0) out.push_back({size_t(start), end});
            start = -1;
            previous = blank;
            continue;
        }
        Kind kind = indentation >= 2 ? indented : flush;
        if (kind == indented && previous == flush && start >= 0) {
            out.push_back({size_t(start), end});
            start = -1;
        }
        if (start < 0) start = long(content_start);
        end = content_end;
        previous = kind;
    }
    if (start >= 0) out.push_back({size_t(start), end});
    return out;
}

// -------------------------------------------------------------------- words

int word_count(const Prose &p, Range r) {
    int words = 0;
    bool in_word = false;
    for (size_t i = r.lo; i < r.hi;) {
        int w = p.space(i);
        if (!w) { if (!in_word) ++words; in_word = true; ++i; }
        else { in_word = false; i += w; }
    }
    return words;
}

std::string joined(const Prose &p, Range r) {
    std::string out;
    out.reserve(r.hi - r.lo);
    bool pending = false;
    for (size_t i = r.lo; i < r.hi;) {
        int w = p.space(i);
        if (!w) {
            if (pending) { out += ' '; pending = false; }
            out += p.t[i++];
        } else {
            pending = !out.empty();
            i += w;
        }
    }
    return out;
}

// A sentence too long for a passage, cut into nearly equal pieces of whole words.
void cut_pieces(const Prose &p, Range r, int count, int each, std::vector<Range> &pieces, std::vector<int> &counts) {
    int n = std::max(1, (count + each - 1) / each);
    int so_far = 0, before = 0, made = 0, ends_after = count / n;
    long start = -1;
    for (size_t i = r.lo; i < r.hi;) {
        int w = p.space(i);
        if (w) { i += w; continue; }
        if (start < 0) start = long(i);
        while (i < r.hi && p.space(i) == 0) ++i;
        ++so_far;
        if (so_far == ends_after) {
            pieces.push_back({size_t(start), i});
            counts.push_back(so_far - before);
            before = so_far;
            ++made;
            ends_after = (made + 1) * count / n;
            start = -1;
        }
    }
    if (start >= 0) {
        pieces.push_back({size_t(start), p.trim_before(r.hi, size_t(start))});
        counts.push_back(so_far - before);
    }
}

// ---------------------------------------------------------------- sentences

const std::vector<std::string> &abbreviations() {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> base = {
            "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Cpl",
            "Pvt", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Insp", "Messrs", "Mme",
            "Mlle", "St", "Ste", "Mt", "Ft", "Wm", "Chas", "Jas", "Thos", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp",
            "Bros", "No", "Nos", "Vol", "Fig", "pp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "vs", "etc", "e.g", "i.e", "cf", "viz", "approx"};
        std::vector<std::string> all = base;
        for (auto w : base) {
            for (auto &c : w) c = char(std::toupper(static_cast<unsigned char>(c)));
            all.push_back(w);
        }
        return all;
    }();
    return words;
}

bool listed(const Prose &p, size_t lo, size_t hi) {
    if (lo >= hi || hi - lo > 7) return false;
    for (const auto &w : abbreviations())
        if (w.size() == hi - lo && p.t.compare(lo, w.size(), w) == 0) return true;
    return false;
}

bool after_abbreviation(const Prose &p, size_t period, size_t start) {
    size_t limit = std::max(start, period >= 24 ? period - 24 : 0);
    size_t word = period;
    while (word > limit && p.trim_before(word, limit) == word) --word;
    while (word < period) {
        int w = p.opening(word);
        if (!w) break;
        word += w;
    }
    size_t part = period;
    while (part > word && p.at(part - 1) != '.') --part;
    int initial = part < period ? p.capital(part) : 0;
    if (initial > 0 && part + initial == period) return true;
    return listed(p, word, period) || listed(p, part, period);
}

bool starts_sentence(const Prose &p, size_t i, size_t end) {
    if (i >= end) return false;
    if (p.space(i) > 0) {
        size_t next = p.skip_space(i, end);
        if (next >= end) return false;
        return p.capital(next) > 0 || p.digit(next) || p.opening(next) > 0;
    }
    size_t cap = i + p.opening(i);
    if (cap >= end) return false;
    int w = p.capital(cap);
    if (!w) return false;
    size_t after = cap + w;
    if (after >= end) return true;
    return p.at(after) != '.' && !p.digit(after) && p.capital(after) == 0;
}

std::vector<Range> sentences(const Prose &p, Range r) {
    std::vector<Range> out;
    size_t end = r.hi;
    size_t start = p.skip_space(r.lo, end), i = start;
    while (i < end) {
        int w = p.sentence_end(i);
        if (!w) { ++i; continue; }
        size_t mark = i;
        i += w;
        while (i < end) { int more = p.sentence_end(i); if (!more) break; i += more; }
        bool lone_period = i - mark == 1 && p.at(mark) == '.';
        while (i < end) { int c = p.closing(i); if (!c) break; i += c; }
        if (starts_sentence(p, i, end) && !(lone_period && after_abbreviation(p, mark, r.lo))) {
            out.push_back({start, i});
            start = p.skip_space(i, end);
            i = start;
        }
    }
    size_t last = p.trim_before(end, start);
    if (start < last) out.push_back({start, last});
    return out;
}

// ------------------------------------------------------------------ windows

std::vector<Range> sentence_windows(const std::vector<int> &words_of) {
    size_t count = words_of.size();
    std::vector<Range> out;
    if (!count) return out;
    std::vector<int> from(count + 1, 0);
    for (size_t i = count; i-- > 0;) from[i] = from[i + 1] + words_of[i];
    size_t first = 0;
    bool shares = false;
    while (true) {
        size_t end = first + 1;
        int words = words_of[first];
        if (shares) { words += words_of[end]; ++end; }
        if (words + from[end] <= kMaxWords) {
            end = count;
        } else {
            while (end < count && words + words_of[end] <= kMaxWords &&
                   words + words_of[end] - kTargetWords < kTargetWords - words) {
                words += words_of[end];
                ++end;
            }
        }
        out.push_back({first, end});
        if (end == count) return out;
        shares = words_of[end - 1] + words_of[end] <= kMaxWords;
        first = shares ? end - 1 : end;
    }
}

std::vector<std::string> passages(const std::string &text) {
    Prose p{text};
    std::vector<Range> paras = paragraphs(p);
    std::vector<int> counts;
    for (auto r : paras) counts.push_back(word_count(p, r));

    std::vector<Range> groups;  // of paragraph indices
    size_t group_start = 0;
    int words = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        words += counts[i];
        if (words >= kMinWords) { groups.push_back({group_start, i + 1}); group_start = i + 1; words = 0; }
    }
    if (group_start < counts.size()) {
        size_t lo = group_start;
        if (!groups.empty()) { lo = groups.back().lo; groups.pop_back(); }
        groups.push_back({lo, counts.size()});
    }

    std::vector<std::string> out;
    for (auto g : groups) {
        int total = 0;
        for (size_t k = g.lo; k < g.hi; ++k) total += counts[k];
        if (total <= kMaxWords) {
            out.push_back(joined(p, {paras[g.lo].lo, paras[g.hi - 1].hi}));
            continue;
        }
        std::vector<Range> pieces;
        std::vector<int> piece_words;
        for (size_t k = g.lo; k < g.hi; ++k) {
            for (auto s : sentences(p, paras[k])) {
                int n = word_count(p, s);
                if (n <= kMaxWords) { pieces.push_back(s); piece_words.push_back(n); }
                else cut_pieces(p, s, n, std::max(1, kTargetWords / 2), pieces, piece_words);
            }
        }
        for (auto w : sentence_windows(piece_words))
            out.push_back(joined(p, {pieces[w.lo].lo, pieces[w.hi - 1].hi}));
    }
    return out;
}

// -------------------------------------------------------------------- title

std::string title_of(const std::string &text, const std::string &file_name) {
    static const char *boilerplate[] = {"loading", "loading...", "advertisement", "skip to content",
                                        "skip to main content", "share this article", "share", "menu",
                                        "subscribe", "sign in"};
    Prose p{text};
    size_t i = 0, n = text.size();
    while (i < n) {
        size_t eol = i;
        while (eol < n && text[eol] != '\n' && text[eol] != '\r') ++eol;
        size_t lo = p.skip_space(i, eol), hi = p.trim_before(eol, lo);
        i = eol + 1;
        if (lo == hi) continue;
        std::string line = joined(p, {lo, hi});
        std::string lower = line;
        for (auto &c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
        bool skip = false;
        for (const char *b : boilerplate) skip = skip || lower == b;
        if (skip) continue;
        size_t chars = 0, cut = line.size();
        for (size_t k = 0; k < line.size(); ++k) {
            if ((static_cast<unsigned char>(line[k]) & 0xC0) == 0x80) continue;
            if (chars == kTitleCharacters) { cut = k; break; }
            ++chars;
        }
        if (cut == line.size()) return line;
        size_t space = line.rfind(' ', cut);
        if (space != std::string::npos && space >= cut / 2) cut = space;
        return line.substr(0, cut) + "…";
    }
    return file_name;
}

// --------------------------------------------------------------- documents

uint64_t fnv1a(const std::string &s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) { h ^= c; h *= 0x100000001b3ULL; }
    return h;
}

std::string hex16(uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

void put_number(std::string &out, uint64_t v) {
    while (v >= 0x80) { out += char((v & 0x7F) | 0x80); v >>= 7; }
    out += char(v);
}

void put_string(std::string &out, const std::string &s) {
    put_number(out, s.size());
    out += s;
}

// Unprefixed, lower-case words of three or more bytes without digits, as passim feeds the speller.
bool spelling_word(const std::string &term) {
    if (term.size() <= 2) return false;
    unsigned char first = term[0];
    if (!(first >= 'a' || first == '\'')) return false;
    return std::none_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Article {
    std::string rel, id, title;
    uint64_t id_value = 0, content_hash = 0;
    size_t bytes = 0;
    std::vector<std::string> folders, passages;
};

// Reads and cuts one file; false for a blank one.
bool read_article(const std::string &root, const std::string &rel, Article &a) {
    std::ifstream in(root + "/" + rel, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return false;
    a.rel = rel;
    a.bytes = text.size();
    a.content_hash = fnv1a(text);
    if (!valid_utf8(text)) text = from_cp1252(text);
    a.id_value = fnv1a(rel);
    a.id = hex16(a.id_value);
    a.title = title_of(text, rel.substr(rel.rfind('/') + 1));
    a.folders.clear();
    for (size_t slash = rel.rfind('/'); slash != std::string::npos && slash > 0; slash = rel.rfind('/', slash - 1)) {
        std::string folder = rel.substr(0, slash);
        for (auto &c : folder) c = char(std::tolower(static_cast<unsigned char>(c)));
        a.folders.push_back(folder);
    }
    a.passages = passages(text);
    return true;
}

Xapian::Document passage_document(const Article &a, size_t ordinal, Xapian::TermGenerator &generator) {
    const std::string &passage = a.passages[ordinal];
    Xapian::Document doc;
    generator.set_document(doc);
    generator.set_termpos(0);
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    generator.index_text(passage);
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
    generator.index_text_without_positions(passage);
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    generator.index_text_without_positions(a.title, 1, "S");
    doc.add_boolean_term("Q" + a.id + ":" + std::to_string(ordinal));
    doc.add_boolean_term("XA" + a.id);
    for (const auto &f : a.folders) doc.add_boolean_term("XF" + f);
    doc.add_value(0, a.id);
    // passim's PassageRecord layout; line and byte range are not tracked here.
    std::string data;
    data += char(1);
    put_number(data, a.id_value);
    put_number(data, ordinal);
    put_string(data, a.rel);
    put_string(data, a.title);
    put_string(data, "");
    put_number(data, 0);
    put_number(data, 0);
    put_number(data, 0);
    put_string(data, passage);
    doc.set_data(data);
    return doc;
}

int index_corpus(const std::string &root, const std::string &index) {
    auto clock = std::chrono::steady_clock::now();
    std::vector<std::string> files;
    walk(root, "", index, files);

    Xapian::WritableDatabase db(index, Xapian::DB_CREATE_OR_OVERWRITE);
    db.set_metadata("passim:schema", "1");
    db.set_metadata("passim:root", root);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));

    int64_t bytes_read = 0, in_batch = 0;
    size_t articles = 0, passage_count = 0;
    bool in_transaction = false;
    Article a;
    for (const auto &rel : files) {
        if (!read_article(root, rel, a)) continue;
        bytes_read += int64_t(a.bytes);
        in_batch += int64_t(a.bytes);
        if (!in_transaction) { db.begin_transaction(true); in_transaction = true; }
        std::map<std::string, Xapian::termcount> words;
        for (size_t ordinal = 0; ordinal < a.passages.size(); ++ordinal) {
            Xapian::Document doc = passage_document(a, ordinal, generator);
            for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
                if (spelling_word(*t)) words[*t] += t.get_wdf();
            db.add_document(doc);
        }
        for (const auto &[word, count] : words) db.add_spelling(word, count);
        db.set_metadata("a:" + a.id, std::to_string(a.bytes) + " 0 " + std::to_string(a.passages.size()) + " " +
                                         hex16(a.content_hash) + "\t" + rel);
        ++articles;
        passage_count += a.passages.size();
        if (in_batch >= kCommitBytes) {
            db.commit_transaction();
            in_transaction = false;
            in_batch = 0;
        }
    }
    if (in_transaction) db.commit_transaction();
    db.commit();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - clock).count();
    std::fprintf(stderr, "ref-index: %zu articles in %zu passages; read %.1f MB in %.1f s\n", articles, passage_count,
                 double(bytes_read) / 1048576.0, seconds);
    return 0;
}

// One line per passage: path, title, ordinal, text, tab-separated (passage
// text and titles hold no tabs or newlines: white space is collapsed).
int dump_passages(const std::string &root) {
    std::vector<std::string> files;
    walk(root, "", "", files);
    Article a;
    size_t articles = 0, passage_count = 0;
    for (const auto &rel : files) {
        if (!read_article(root, rel, a)) continue;
        for (size_t ordinal = 0; ordinal < a.passages.size(); ++ordinal)
            std::printf("%s\t%s\t%zu\t%s\n", rel.c_str(), a.title.c_str(), ordinal, a.passages[ordinal].c_str());
        ++articles;
        passage_count += a.passages.size();
    }
    std::fprintf(stderr, "ref-index: %zu articles in %zu passages\n", articles, passage_count);
    return std::ferror(stdout) ? 1 : 0;
}

}  // namespace

int main(int argc, char **argv) {
    const bool dump = argc == 3 && std::strcmp(argv[1], "--passages") == 0;
    if (argc != 3) {
        std::cerr << "usage: ref-index CORPUS INDEX\n"
                     "       ref-index --passages CORPUS   (print the passages, one per line, instead)\n";
        return 2;
    }
    try {
        return dump ? dump_passages(argv[2]) : index_corpus(argv[1], argv[2]);
    } catch (const Xapian::Error &e) {
        std::cerr << "ref-index: " << e.get_description() << "\n";
        return 1;
    }
}
