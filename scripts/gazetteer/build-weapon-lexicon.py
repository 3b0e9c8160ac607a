#!/usr/bin/env python3
"""Generates data/gazetteer/weapon-lexicon.tsv: the weapon class words of WordNet 3.0.

    apt-get install -y wordnet-base miscfiles   # /usr/share/wordnet/{data,index}.noun, propernames
    python3 scripts/gazetteer/build-weapon-lexicon.py [--check]

Every noun synset under weapon, ammunition, explosive device, military vehicle, warship and warplane
(hyponyms, transitively; instances, which are proper names, left out) becomes a weapon class whose names
are the synset's words, with these rules:
- a word is kept only when the weapon sense is its most frequent noun sense in WordNet (index.noun lists
  senses by frequency): "gun", "grenade", "howitzer" stay; "club", "knife", "bow", "drone" (a bee first),
  "round", "piece" go, so ordinary English is not tagged;
- a one-word name that WordNet also has as an adjective ("round", "technical") or that is a first name
  (miscfiles' propernames: "Kylie") is left out, since lower-case names match in any case; so are the few
  whose first sense in WordNet's 1990s counts is not their first in war news (EXCLUDED);
- capitalised words (named systems: "Tomahawk") are left to weapons.tsv, and so are single letters;
- a word that weapons.tsv (or any gazetteer file) already has is not repeated: its synset is that entity,
  and the synsets under it take it as their parent ("machine gun" is small arms, so "Gatling gun" is
  under small-arms);
- a class's parent is its nearest WordNet ancestor that is a class (generated or hand-made); the roots
  hang under the hand-made classes (warplane → aircraft, explosive device → explosive-device).
A re-run on the same WordNet reproduces the file byte for byte; --check exits 1 when it is out of date.
"""
import glob
import gzip
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORDNET = "/usr/share/wordnet"
OUT = os.path.join(ROOT, "data", "gazetteer", "weapon-lexicon.tsv")
# WordNet 3.0 noun offsets of the roots, and the hand-made class each hangs under (None: a class of its own).
ROOTS = {
    "04565375": "weapon",            # weapon, arm, weapon system
    "02703275": "weapon",            # ammunition
    "03305522": "explosive-device",  # explosive device
    "03764276": "weapon",            # military vehicle
    "04552696": "warship",           # warship, war vessel, combat ship
    "04552348": "aircraft",          # warplane, military plane
}
PROPER_NAMES = "/usr/share/dict/propernames.gz"
EXCLUDED = {"slug", "tin can", "space probe", "interceptor", "kamikaze", "knuckles", "cartridge", "infernal machine",
            "blockbuster", "canister", "one shot", "dart", "gat", "nautilus", "bombie", "stiletto", "butt shaft",
            "brilliant pebble", "banderilla", "shiv", "kylie"}
WORD = re.compile(r"^[a-z][a-z' -]+[a-z]$")


def read_synsets():
    """offset → (words, hypernym offsets, hyponym offsets, gloss), nouns only."""
    synsets = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            position = 4 + 2 * count
            pointers = int(fields[position])
            hypernyms, hyponyms = [], []
            for i in range(pointers):
                symbol, target, pos = fields[position + 1 + 4 * i: position + 4 + 4 * i]
                if pos != "n":
                    continue
                if symbol == "@":
                    hypernyms.append(target)
                elif symbol == "~":
                    hyponyms.append(target)
            synsets[offset] = ([re.sub(r"\(.*\)$", "", w).replace("_", " ") for w in words], hypernyms, hyponyms,
                               gloss.strip().split(";")[0])
    return synsets


def first_senses():
    """word → the offset of its most frequent noun sense."""
    first = {}
    with open(os.path.join(WORDNET, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            senses = int(fields[2])
            first[fields[0].replace("_", " ")] = fields[-senses]
    return first


def adjectives():
    words = set()
    with open(os.path.join(WORDNET, "index.adj"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                words.add(line.split()[0].replace("_", " "))
    if os.path.exists(PROPER_NAMES):
        words |= {line.strip().lower() for line in gzip.open(PROPER_NAMES, "rt", encoding="latin-1")}
    return words


def keeps(word, offset, first, names, common):
    if not WORD.match(word) or first.get(word) != offset or word.lower() in names or word in EXCLUDED:
        return False
    return " " in word or word not in common


def known_names():
    """Folded name → id, and every id, of the hand-made gazetteer files."""
    names, ids = {}, set()
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "gazetteer", "*.tsv"))):
        if path == OUT:
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            ids.add(fields[0])
            if fields[1] != "weapon":
                continue
            for name in [fields[3]] + [a for a in fields[4].split("|") if a]:
                names.setdefault(name.lower(), fields[0])
    return names, ids


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def build():
    synsets, first, common = read_synsets(), first_senses(), adjectives()
    names, ids = known_names()
    tree, order, queue = {}, [], list(ROOTS)
    while queue:  # breadth first, so a parent is met before its children
        offset = queue.pop(0)
        if offset in tree:
            continue
        tree[offset] = True
        order.append(offset)
        queue += sorted(synsets[offset][2])
    entity_of, rows = dict(ROOTS), []
    used = set(ids)
    for offset in order:
        words, hypernyms, _, gloss = synsets[offset]
        known = [names[w.lower()] for w in words if w.lower() in names]
        if known:
            entity_of[offset] = known[0]
            continue
        kept = [w for w in words if keeps(w, offset, first, names, common)]
        parent = next((entity_of[h] for h in hypernyms if h in entity_of), None)
        if parent is None:
            parent = ROOTS.get(offset, "weapon")
        if not kept or offset in ROOTS and ROOTS[offset] != "weapon":
            entity_of.setdefault(offset, parent)
            continue
        ident = slug(kept[0])
        if ident in used:
            ident += "-weapon"
        if ident in used:
            entity_of.setdefault(offset, parent)
            continue
        used.add(ident)
        for w in kept:
            names[w.lower()] = ident
        entity_of[offset] = ident
        rows.append(f"{ident}\tweapon\tclass\t{kept[0]}\t{'|'.join(kept[1:])}\t{parent}\twordnet:{offset} {gloss}")
    header = ["# Weapon class words from WordNet 3.0 (Princeton University, WordNet licence), made by",
              "# scripts/gazetteer/build-weapon-lexicon.py: do not edit, re-run it. The rules are in its header.",
              "# id\tkind\tsubkind\tname\taliases\tparent\tsource"]
    return "\n".join(header + rows) + "\n"


def main():
    text = build()
    if "--check" in sys.argv:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        sys.exit(0 if current == text else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {text.count(chr(10)) - 3} classes", file=sys.stderr)


if __name__ == "__main__":
    main()
