"""What fts5_index.py and tantivy_index.py share: reading the passages that
`ref-index --passages` prints, timing the fixed queries inside one process,
and their command line."""
import json
import sys
import time

from . import queries as query_file


def passages(stream):
    """(path, title, ordinal, text) for each line `ref-index --passages` printed."""
    for line in stream:
        path, title, ordinal, text = line.decode('utf-8', errors='replace').rstrip('\n').split('\t', 3)
        yield path, title, int(ordinal), text


def time_queries(queries_path, column, top10, rounds):
    """Runs each query once (the warm-up, counting its hits), then `rounds`
    more times, and prints the seconds of each timed run as JSON."""
    seconds, hits = {}, {}
    for query in query_file.load(queries_path):
        text = query.for_tool(column)
        hits[query.id] = top10(text)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            top10(text)
            times.append(time.perf_counter() - start)
        seconds[query.id] = times
    json.dump({'seconds': seconds, 'hits': hits}, sys.stdout)


def main(argv, usage, index, search):
    """`index DEST` (passages on stdin) or `search DEST QUERIES --rounds N`."""
    if len(argv) == 2 and argv[0] == 'index':
        index(argv[1])
    elif len(argv) == 5 and argv[0] == 'search' and argv[3] == '--rounds':
        search(argv[1], argv[2], int(argv[4]))
    else:
        sys.exit(usage)
