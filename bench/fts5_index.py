#!/usr/bin/env python3
"""SQLite FTS5 over passim's passages, for the benchmark.

    ref-index --passages CORPUS | fts5_index.py index DB
    fts5_index.py search DB QUERIES --rounds N     (prints per-query seconds as JSON)

Indexes one row per passage (the passages ref-index cuts by passim's rules):
the text with positions, stemmed by FTS5's porter tokenizer over unicode61,
the title likewise, path and ordinal stored; commits every 8 MB of text, as
passim does. Searching runs in this one process (no process start per
query): the top 10 by FTS5's bm25 rank, with a snippet of each.
"""
import os
import sqlite3
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import in_process  # noqa: E402

COMMIT_BYTES = 8 << 20


def index(db_path):
    if os.path.exists(db_path):
        os.unlink(db_path)
    db = sqlite3.connect(db_path)
    db.execute("CREATE VIRTUAL TABLE passages USING fts5("
               "text, title, path UNINDEXED, ordinal UNINDEXED, tokenize = 'porter unicode61')")
    rows, pending, count = [], 0, 0
    for path, title, ordinal, text in in_process.passages(sys.stdin.buffer):
        rows.append((text, title, path, ordinal))
        pending += len(text)
        count += 1
        if pending >= COMMIT_BYTES:
            db.executemany('INSERT INTO passages VALUES (?, ?, ?, ?)', rows)
            db.commit()
            rows, pending = [], 0
    db.executemany('INSERT INTO passages VALUES (?, ?, ?, ?)', rows)
    db.commit()
    db.close()
    print(f'fts5: {count} passages', file=sys.stderr)


def search(db_path, queries_path, rounds):
    db = sqlite3.connect(db_path)
    sql = ("SELECT path, snippet(passages, 0, '[', ']', '…', 40) FROM passages "
           "WHERE passages MATCH ? ORDER BY rank LIMIT 10")

    def top10(query):
        return len(db.execute(sql, ('{text} : (' + query + ')',)).fetchall())

    in_process.time_queries(queries_path, 'fts5', top10, rounds)


if __name__ == '__main__':
    in_process.main(sys.argv[1:], __doc__, index, search)
