#!/usr/bin/env python3
"""Check a gold annotation of entity mentions against its article and the gazetteer.

    python3 eval/entities/check-gold.py [GOLD [ARTICLE]]
    (default: eval/entities/seed-gold.tsv and seeds/000_8bf942be92c7755d.txt)

Each line: start, end (UTF-8 byte offsets, end exclusive), kind, subkind, id, text, and an optional note.
Checks: the text is exactly the article's bytes in [start, end); spans are in order and do not overlap; kind
and subkind are allowed; the id is in data/gazetteer/*.tsv with the same kind and subkind, except that an actor
of subkind state has the id of a country of places.tsv; an id not in the gazetteer (a person it does not know)
is accepted only when the note says "not in gazetteer". Prints counts per kind and subkind; exits 1 on a problem.
"""

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUBKINDS = {"actor": {"person", "organisation", "state"}, "weapon": {"class", "system"},
            "place": {"country", "region", "city", "area"}}


def gazetteer():
    entities = {}
    for path in sorted((ROOT / "data" / "gazetteer").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                entities[cols[0]] = (cols[1], cols[2])
    return entities


def main(argv):
    gold = Path(argv[0]) if argv else ROOT / "eval" / "entities" / "seed-gold.tsv"
    article = Path(argv[1]) if len(argv) > 1 else ROOT / "seeds" / "000_8bf942be92c7755d.txt"
    data = article.read_bytes()
    known = gazetteer()
    problems, counts, last_end = [], collections.Counter(), 0
    for number, line in enumerate(gold.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{gold.name}:{number}"
        cols = line.split("\t")
        if len(cols) < 6:
            problems.append(f"{where}: {len(cols)} columns, need 6")
            continue
        start, end, kind, subkind, id_, text = cols[:6]
        note = cols[6] if len(cols) > 6 else ""
        try:
            start, end = int(start), int(end)
        except ValueError:
            problems.append(f"{where}: start and end must be integers")
            continue
        if not 0 <= start < end <= len(data):
            problems.append(f"{where}: [{start}, {end}) is outside the article ({len(data)} bytes)")
            continue
        actual = data[start:end]
        if actual != text.encode("utf-8"):
            problems.append(f"{where}: text {text!r} but the article has {actual.decode('utf-8', 'replace')!r}")
        if start < last_end:
            problems.append(f"{where}: starts at {start}, before the previous mention ends ({last_end})")
        last_end = max(last_end, end)
        if subkind not in SUBKINDS.get(kind, ()):
            problems.append(f"{where}: {kind}/{subkind} is not an allowed kind and subkind")
        expected = ("place", "country") if (kind, subkind) == ("actor", "state") else (kind, subkind)
        if id_ not in known:
            if "not in gazetteer" not in note:
                problems.append(f"{where}: id {id_!r} is not in the gazetteer (say \"not in gazetteer\" in the note)")
        elif known[id_] != expected:
            problems.append(f"{where}: {id_!r} is {'/'.join(known[id_])} in the gazetteer, not {'/'.join(expected)}")
        counts[(kind, subkind)] += 1
    for (kind, subkind), n in sorted(counts.items()):
        print(f"{kind}\t{subkind}\t{n}")
    print(f"total\t\t{sum(counts.values())}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"check-gold: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"check-gold: {gold.name}: {sum(counts.values())} mentions, all match {article.name} and the gazetteer",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
