#!/usr/bin/env python3
"""Check the gazetteer files against docs/gazetteer.md and print counts per kind and subkind.

    python3 scripts/gazetteer/check.py [FILE...]      # default: every data/gazetteer/*.tsv

Checks: each entity line has at least six tab-separated columns; the id is lower-case ASCII words joined by "-";
kind and subkind are among those the format allows; the name is not empty; no alias is empty (no "||", no
leading or trailing "|") and none is padded with spaces; ids are unique across all files; every parent is the id of
an entity in one of the files. Exits 1 and lists the problems if any check fails.
"""

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUBKINDS = {
    "actor": {"person", "organisation", "state"},
    "weapon": {"class", "system"},
    "place": {"country", "region", "city", "area"},
}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def read(path, problems):
    entities = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{number}"
        cols = line.split("\t")
        if len(cols) < 6:
            problems.append(f"{where}: {len(cols)} columns, need at least 6")
            continue
        id_, kind, subkind, name, aliases, parent = cols[:6]
        if not ID.match(id_):
            problems.append(f"{where}: id {id_!r} is not lower-case words joined by '-'")
        if kind not in SUBKINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {sorted(SUBKINDS)}")
        elif subkind not in SUBKINDS[kind]:
            problems.append(f"{where}: subkind {subkind!r} is not one of {sorted(SUBKINDS[kind])} for {kind}")
        if not name.strip() or name != name.strip():
            problems.append(f"{where}: name {name!r} is empty or padded")
        if aliases:
            for alias in aliases.split("|"):
                if not alias.strip():
                    problems.append(f"{where}: empty alias in {aliases!r}")
                elif alias != alias.strip():
                    problems.append(f"{where}: alias {alias!r} is padded with spaces")
        entities.append((where, id_, kind, subkind, parent))
    return entities


def main(argv):
    paths = [Path(a).resolve() for a in argv] or sorted((ROOT / "data" / "gazetteer").glob("*.tsv"))
    problems, entities = [], []
    for path in paths:
        entities += read(path, problems)
    first = {}
    for where, id_, *_ in entities:
        if id_ in first:
            problems.append(f"{where}: id {id_!r} already used at {first[id_]}")
        else:
            first[id_] = where
    for where, id_, kind, subkind, parent in entities:
        if parent and parent not in first:
            problems.append(f"{where}: parent {parent!r} of {id_!r} is not an id")
        if parent == id_:
            problems.append(f"{where}: {id_!r} is its own parent")
    counts = collections.Counter((kind, subkind) for _, _, kind, subkind, _ in entities)
    for (kind, subkind), n in sorted(counts.items()):
        print(f"{kind}\t{subkind}\t{n}")
    print(f"total\t\t{len(entities)}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"check: {len(problems)} problems in {len(paths)} files", file=sys.stderr)
        return 1
    print(f"check: {len(paths)} files, {len(entities)} entities, no problems", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
