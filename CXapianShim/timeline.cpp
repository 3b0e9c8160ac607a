// Counting matches per group of a value slot: a match spy of the shim's own,
// for what Xapian's ValueCountMatchSpy does slowly here (an ordered map of
// whole values, one insert per match, split again afterwards).

#include "internal.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

using namespace xs;

namespace {

// At most 18 digits: the largest number of them that always fits in 64 bits.
constexpr size_t max_group_digits = 18;

uint64_t leading_number(const std::string &value) {
    uint64_t number = 0;
    for (size_t i = 0; i < value.size() && i < max_group_digits; ++i) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        if (c < '0' || c > '9') break;
        number = number * 10 + (c - '0');
    }
    return number;
}

struct GroupCounts {
    uint64_t distinct = 0;
    uint64_t documents = 0;
};

// Counts, per group, the matching documents and the distinct values. A
// remote server runs Xapian's own ValueCountMatchSpy in its place (name and
// serialise say so, so a stock xapian-tcpsrv can unserialise it), and
// merge_results folds that spy's per-value counts into groups.
class ValueGroupSpy : public Xapian::MatchSpy {
  public:
    explicit ValueGroupSpy(Xapian::valueno slot) : slot_(slot) {}

    void operator()(const Xapian::Document &doc, double) override {
        add(doc.get_value(slot_), 1);
    }

    std::string name() const override { return stock().name(); }
    std::string serialise() const override { return stock().serialise(); }

    Xapian::MatchSpy *unserialise(const std::string &serialised, const Xapian::Registry &registry) const override {
        return stock().unserialise(serialised, registry);
    }

    // Only a server serialises its results, and a server runs the stock spy.
    std::string serialise_results() const override {
        throw Xapian::UnimplementedError("the value-group spy runs only where the search is made");
    }

    void merge_results(const std::string &serialised) override {
        Xapian::ValueCountMatchSpy remote(slot_);
        remote.merge_results(serialised);
        for (auto v = remote.values_begin(); v != remote.values_end(); ++v) add(*v, v.get_termfreq());
    }

    std::string get_description() const override { return "ValueGroupSpy(" + std::to_string(slot_) + ")"; }

    // The groups, in increasing order.
    std::vector<std::pair<uint64_t, GroupCounts>> sorted() const {
        std::vector<std::pair<uint64_t, GroupCounts>> groups(groups_.begin(), groups_.end());
        std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        return groups;
    }

  private:
    Xapian::ValueCountMatchSpy stock() const { return Xapian::ValueCountMatchSpy(slot_); }

    void add(const std::string &value, Xapian::doccount documents) {
        const uint64_t group = leading_number(value);
        // Matches come in runs of one group (an article's passages): skip the lookup.
        if (!current_ || group != current_group_) {
            current_ = &groups_[group];
            current_group_ = group;
        }
        current_->documents += documents;
        // An article's passages are neighbours in docid order, so most matches
        // repeat the last value: only a new value needs the set.
        if (value == last_value_) return;
        last_value_ = value;
        if (seen_.insert(value).second) ++current_->distinct;
    }

    Xapian::valueno slot_;
    std::unordered_set<std::string> seen_;
    std::string last_value_;
    std::unordered_map<uint64_t, GroupCounts> groups_;
    GroupCounts *current_ = nullptr; // stable: unordered_map never moves its elements
    uint64_t current_group_ = 0;
};

} // namespace

extern "C" {

xs_status xs_count_value_groups(const xs_database *db, const xs_query *query, uint32_t slot,
                                xs_value_group_visitor visit, void *context, xs_error *err) {
    if (!db || !query || !visit) return invalid(err, "missing database, query or visitor");
    return guard(err, [&] {
        // Declared first, so that it outlives the enquire that points to it.
        ValueGroupSpy spy(static_cast<Xapian::valueno>(slot));
        Xapian::Enquire enquire(db->db);
        enquire.set_query(query->query);
        // Counting needs no weights.
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.add_matchspy(&spy);
        enquire.get_mset(0, 0, db->db.get_doccount());
        enquire.clear_matchspies();
        for (const auto &g : spy.sorted()) {
            const xs_value_group group{g.first, g.second.distinct, g.second.documents};
            if (!visit(context, &group)) break;
        }
    });
}

} // extern "C"
