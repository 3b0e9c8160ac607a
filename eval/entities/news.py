"""Scoring `passim tag` on news it was not built from: WikiEvents (weapon mentions) and the hand-made
ukraine-media gold (every actor, weapon and place). Used by `evaluate --wikievents` and `--ukraine`.

WikiEvents (../shared/corpora/wikievents, see its README): gold WEA mentions are mostly head words
("bomb"), so a weapon prediction is right when it overlaps a gold WEA mention. Recall counts the WEA
mentions overlapped by some weapon prediction, pronouns left out ("it", "they", …). Precision counts
the weapon predictions that overlap a WEA mention among those that overlap no VEH mention alone: a
weapon predicted on a vehicle (VEH: "car" of a car bomb, "tanks", "drones" marked as vehicles) is
neither right nor wrong, and the VEH recall of weapon predictions is reported beside, for information.

ukraine-media gold (GUIDELINES.md, "Scoring"): per kind — person, organisation, weapon, and place
(place and state together) — a prediction is right when it overlaps a gold mention of the same kind,
one to one, in text order. Exact-span F1 and the share of overlap matches with the gold's id are
reported beside. Only the title and body are scored: the front matter's other lines are blanked
(same bytes) before tagging.
"""
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile

PRONOUNS = {"it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "which", "who",
            "what", "one", "ones", "itself", "themselves", "he", "she", "him", "her", "we", "us", "you"}
KINDS = ("person", "organisation", "weapon", "place")


def tag(passim, path):
    result = subprocess.run([passim, "tag", path], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"evaluate: passim tag {path} failed: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def prf(tp_p, predicted, tp_g, gold):
    p = tp_p / predicted if predicted else 0.0
    r = tp_g / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def byte_offsets(text):
    """Character offset → byte offset, for every character and the end."""
    table = [0]
    for ch in text:
        table.append(table[-1] + len(ch.encode("utf-8")))
    return table


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def context(data, span, width=60):
    """The bytes around a span, with the span in brackets, on one line."""
    before = data[max(0, span[0] - width):span[0]].decode("utf-8", "replace")
    after = data[span[1]:span[1] + width].decode("utf-8", "replace")
    inside = data[span[0]:span[1]].decode("utf-8", "replace")
    return f"{before}[{inside}]{after}".replace("\n", " ")


def score_wikievents(passim, corpus, split, errors=None):
    """Counts and examples for one split: (docs, counts, missed, wrong); each miss and wrong prediction in
    context appended to `errors` when given."""
    counts = collections.Counter()
    missed, wrong = collections.Counter(), collections.Counter()
    paths = sorted(glob.glob(os.path.join(corpus, split, "*.txt")))
    for path in paths:
        text = open(path, encoding="utf-8").read()
        to_byte = byte_offsets(text)
        data = text.encode("utf-8")
        wea, veh = [], []
        with open(path[:-4] + ".ann.tsv", encoding="utf-8") as f:
            next(f)
            for line in f:
                begin, end, kind, words = line.rstrip("\n").split("\t")[:4]
                span = (to_byte[int(begin)], to_byte[int(end)])
                if kind == "WEA":
                    wea.append((span, words.lower() in PRONOUNS))
                elif kind == "VEH":
                    veh.append(span)
        predicted = [(m["start"], m["end"]) for m in tag(passim, path) if m["kind"] == "weapon"]
        for span, pronoun in wea:
            if pronoun:
                continue
            hit = any(overlaps(span, p) for p in predicted)
            counts["gold"] += 1
            counts["found"] += hit
            if not hit:
                missed[data[span[0]:span[1]].decode("utf-8", "replace").lower()] += 1
                if errors is not None:
                    errors.append(f"missed {os.path.basename(path)}: {context(data, span)}")
        for span in veh:
            counts["veh"] += 1
            counts["veh-found"] += any(overlaps(span, p) for p in predicted)
        for p in predicted:
            if any(overlaps(p, span) for span, _ in wea):
                counts["right"] += 1
                counts["predicted"] += 1
            elif any(overlaps(p, span) for span in veh):
                counts["neutral"] += 1
            else:
                counts["predicted"] += 1
                wrong[data[p[0]:p[1]].decode("utf-8", "replace").lower()] += 1
                if errors is not None:
                    errors.append(f"wrong {os.path.basename(path)}: {context(data, p)}")
    return len(paths), counts, missed, wrong


def kind_of(kind, subkind):
    if kind == "actor":
        return "place" if subkind == "state" else subkind
    return kind


def read_gold(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            start, end, kind, subkind, ident, text = line.rstrip("\n").split("\t")[:6]
            rows.append((int(start), int(end), kind_of(kind, subkind), ident, text))
    return rows


def blank_front_matter(data):
    """The article with its front matter's lines other than `title:` turned to spaces (offsets kept)."""
    if not data.startswith(b"---\n"):
        return data
    close = data.find(b"\n---\n", 3)
    if close < 0:
        return data
    out = bytearray(data)
    position = 0
    while position <= close + 4:
        end = data.find(b"\n", position)
        end = len(data) if end < 0 else end
        if not data.startswith(b"title: ", position):
            out[position:end] = b" " * (end - position)
        position = end + 1
    return bytes(out)


def match(gold, predicted):
    """One-to-one overlap matching in text order: the matched (gold, prediction) pairs."""
    used, pairs = set(), []
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and overlaps(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def score_ukraine(passim, gold_dir, corpus):
    """Per-kind counts over every gold file found: (articles, counts, missed, wrong)."""
    counts = {k: collections.Counter() for k in KINDS}
    missed = {k: collections.Counter() for k in KINDS}
    wrong = {k: collections.Counter() for k in KINDS}
    files = sorted(glob.glob(os.path.join(gold_dir, "*", "*.tsv")))
    with tempfile.TemporaryDirectory() as folder:
        for number, gold_path in enumerate(files):
            outlet = os.path.basename(os.path.dirname(gold_path))
            article = os.path.join(corpus, outlet, os.path.basename(gold_path)[:-4] + ".md")
            data = blank_front_matter(open(article, "rb").read())
            path = os.path.join(folder, f"{number:02d}.md")
            open(path, "wb").write(data)
            gold = read_gold(gold_path)
            predicted = [(m["start"], m["end"], kind_of(m["kind"], m["subkind"]), m["id"], m["text"])
                         for m in tag(passim, path)]
            for kind in KINDS:
                g = [r for r in gold if r[2] == kind]
                p = [r for r in predicted if r[2] == kind]
                pairs = match(g, p)
                c = counts[kind]
                c["gold"] += len(g)
                c["predicted"] += len(p)
                c["overlap"] += len(pairs)
                c["same-id"] += sum(1 for a, b in pairs if a[3] == b[3])
                c["exact"] += len({r[:2] for r in g} & {r[:2] for r in p})
                hit_g = {a for a, _ in pairs}
                hit_p = {b for _, b in pairs}
                for r in g:
                    if r not in hit_g:
                        missed[kind][r[4]] += 1
                for r in p:
                    if r not in hit_p:
                        wrong[kind][r[4]] += 1
    return len(files), counts, missed, wrong


def top(counter, n=12):
    return ", ".join(f"`{text}` {count}" for text, count in counter.most_common(n)) or "none"


def percent(x):
    return f"{100 * x:.1f}"


def wikievents_section(passim, corpus):
    out = ["## WikiEvents weapons", "",
           "Overlap with gold WEA mentions, pronouns out of recall; a weapon predicted on a VEH mention is "
           "neither right nor wrong (VEH recall beside, for information). Rules and data were chosen on dev; "
           "test was not used for any choice.", "",
           "| split | docs | WEA gold | found | weapon predictions | right | on VEH | P | R | F1 | VEH R |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    tails = []
    for split in ("dev", "test"):
        docs, c, missed, wrong = score_wikievents(passim, corpus, split)
        p, r, f = prf(c["right"], c["predicted"], c["found"], c["gold"])
        veh = c["veh-found"] / c["veh"] if c["veh"] else 0.0
        out.append(f"| {split} | {docs} | {c['gold']} | {c['found']} | {c['predicted'] + c['neutral']} | "
                   f"{c['right']} | {c['neutral']} | {percent(p)} | {percent(r)} | {percent(f)} | {percent(veh)} |")
        print(f"wikievents {split}: P {percent(p)} R {percent(r)} F1 {percent(f)}", file=sys.stderr)
        tails += [f"- {split}, missed: {top(missed)}", f"- {split}, wrong: {top(wrong)}"]
    return out + ["", "Top missed and wrong weapon mentions:", ""] + tails + [""]


def ukraine_section(passim, gold_dir, corpus):
    articles, counts, missed, wrong = score_ukraine(passim, gold_dir, corpus)
    out = ["## ukraine-media gold", "",
           f"{articles} articles annotated (of the 30 in `ukraine-gold/articles.txt`), gold from `{gold_dir}`. "
           "Held out: no rule or data was chosen on it. Overlap one to one per kind (place = place + state); "
           "exact-span F1 and the share of overlap matches with the gold's id beside.", "",
           "| kind | gold | predicted | P | R | F1 | exact F1 | same id |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    total = collections.Counter()
    for kind in KINDS:
        c = counts[kind]
        total.update(c)
        p, r, f = prf(c["overlap"], c["predicted"], c["overlap"], c["gold"])
        exact = prf(c["exact"], c["predicted"], c["exact"], c["gold"])[2]
        same = c["same-id"] / c["overlap"] if c["overlap"] else 0.0
        out.append(f"| {kind} | {c['gold']} | {c['predicted']} | {percent(p)} | {percent(r)} | {percent(f)} | "
                   f"{percent(exact)} | {percent(same)} |")
        print(f"ukraine {kind}: P {percent(p)} R {percent(r)} F1 {percent(f)}", file=sys.stderr)
    p, r, f = prf(total["overlap"], total["predicted"], total["overlap"], total["gold"])
    out.append(f"| all | {total['gold']} | {total['predicted']} | {percent(p)} | {percent(r)} | {percent(f)} | | |")
    out += ["", "Top missed (gold, no overlapping prediction of the kind) and wrong (predicted, no gold of the "
            "kind) mentions:", ""]
    for kind in KINDS:
        out += [f"- {kind}, missed: {top(missed[kind])}", f"- {kind}, wrong: {top(wrong[kind])}"]
    return out + [""]
