#!/usr/bin/env python3
"""tantivy (PyPI `tantivy`) over passim's passages, for the benchmark.

    ref-index --passages CORPUS | tantivy_index.py index DIR
    tantivy_index.py search DIR QUERIES --rounds N     (prints per-query seconds as JSON)

Indexes one document per passage (the passages ref-index cuts by passim's
rules): the text with the en_stem tokenizer and positions, the title with
en_stem, path and ordinal stored. The writer is tantivy's default one
(threads chosen by tantivy, 128 MB heap), committed once at the end.
Searching runs in this one process: the top 10 by BM25, with a snippet of each.
"""
import os
import shutil
import sys

import tantivy

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import in_process  # noqa: E402


def schema():
    builder = tantivy.SchemaBuilder()
    builder.add_text_field('text', stored=True, tokenizer_name='en_stem', index_option='position')
    builder.add_text_field('title', stored=True, tokenizer_name='en_stem', index_option='freq')
    builder.add_text_field('path', stored=True, tokenizer_name='raw', index_option='basic')
    builder.add_unsigned_field('ordinal', stored=True)
    return builder.build()


def index(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    ix = tantivy.Index(schema(), path=path)
    writer = ix.writer()
    count = 0
    for path, title, ordinal, text in in_process.passages(sys.stdin.buffer):
        writer.add_document(tantivy.Document(text=text, title=title, path=path, ordinal=ordinal))
        count += 1
    writer.commit()
    writer.wait_merging_threads()
    print(f'tantivy: {count} passages', file=sys.stderr)


def search(path, queries_path, rounds):
    ix = tantivy.Index.open(path)
    searcher = ix.searcher()
    text_schema = ix.schema

    def top10(query_text):
        query = ix.parse_query(query_text, ['text'])
        snippets = tantivy.SnippetGenerator.create(searcher, query, text_schema, 'text')
        hits = searcher.search(query, 10).hits
        for _, address in hits:
            document = searcher.doc(address)
            snippets.snippet_from_doc(document).to_html()
        return len(hits)

    in_process.time_queries(queries_path, 'tantivy', top10, rounds)


if __name__ == '__main__':
    in_process.main(sys.argv[1:], __doc__, index, search)
