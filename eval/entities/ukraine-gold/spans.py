#!/usr/bin/env python3
"""Turns a hand-written mention list into a gold file with byte offsets.

    python3 eval/entities/ukraine-gold/spans.py OUTLET/FILE.mentions [...]

A `.mentions` file has one mention per line, in the order they occur in the article:
`text<TAB>kind<TAB>subkind<TAB>id[<TAB>note]` (`#` lines and blank lines ignored). Each text is looked for in
the article (../shared/corpora/ukraine-media/OUTLET/FILE.md) after the end of the previous mention, as whole
words; the result is OUTLET/FILE.tsv: `start<TAB>end<TAB>kind<TAB>subkind<TAB>id<TAB>text<TAB>note`, UTF-8 byte
offsets, end exclusive. Exits 1, naming the line, when a text is not found in order.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared beside the repository, or beside the folder of worktrees it is in.
CORPUS = next((up / "shared" / "corpora" / "ukraine-media" for up in (HERE.parents[3], HERE.parents[4])
               if (up / "shared" / "corpora" / "ukraine-media").is_dir()),
              HERE.parents[3] / "shared" / "corpora" / "ukraine-media")


HEADER_KEYS = ("date: ", "source: ", "url: ")


def is_header_line(text, offset):
    """True when `offset` is on a front-matter line that is never annotated (date, source, url)."""
    line_start = text.rfind("\n", 0, offset) + 1
    in_front_matter = text.startswith("---\n") and offset < text.find("\n---", 3)
    return in_front_matter and text.startswith(HEADER_KEYS, line_start)


def convert(mentions_path):
    rel = mentions_path.resolve().relative_to(HERE)
    article = CORPUS / rel.parent / (rel.name[: -len(".mentions")] + ".md")
    data = article.read_bytes()
    text = data.decode("utf-8")
    # Offsets are found in characters, then turned into bytes.
    char_to_byte = [0]
    for ch in text:
        char_to_byte.append(char_to_byte[-1] + len(ch.encode("utf-8")))
    body_start = 0
    if text.startswith("---\n"):
        title = re.search(r"^title: ", text, re.M)
        body_start = title.end() if title else 0
    position, rows, problems = body_start, [], []
    for number, line in enumerate(mentions_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            problems.append(f"{mentions_path}:{number}: needs text, kind, subkind, id")
            continue
        mention, kind, subkind, ident = cols[:4]
        note = cols[4] if len(cols) > 4 else ""
        pattern = re.compile(r"(?<!\w)" + re.escape(mention) + r"(?!\w)")
        found = pattern.search(text, position)
        # The date, source and url lines are never annotated: a match there is skipped, not taken
        # (an AP url repeats the title's words in capitals).
        while found is not None and is_header_line(text, found.start()):
            found = pattern.search(text, text.find("\n", found.start()) + 1)
        if found is None:
            problems.append(f"{mentions_path}:{number}: `{mention}` not found after offset {position}")
            continue
        position = found.end()
        rows.append(f"{char_to_byte[found.start()]}\t{char_to_byte[found.end()]}\t{kind}\t{subkind}\t{ident}\t{mention}\t{note}")
    out = mentions_path.with_suffix(".tsv")
    header = (f"# Gold entity mentions of ukraine-media/{rel.parent}/{article.name}, in file order (GUIDELINES.md).\n"
              "# start\tend\tkind\tsubkind\tid\ttext\tnote (UTF-8 byte offsets into the file, end exclusive)\n")
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return problems


def main():
    problems = []
    for arg in sys.argv[1:]:
        problems += convert(Path(arg))
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
