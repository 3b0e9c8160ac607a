"""The fixed benchmark queries of bench/queries.txt, in each tool's syntax."""
from dataclasses import dataclass

COLUMNS = ('xapian', 'recoll', 'fts5', 'tantivy', 'rg')


@dataclass
class Query:
    id: str
    kind: str
    text: dict  # column name -> the query in that tool's syntax

    def for_tool(self, column):
        return self.text[column]


def load(path):
    queries = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if len(cells) != 2 + len(COLUMNS):
                raise ValueError(f'{path}:{number}: expected {2 + len(COLUMNS)} tab-separated cells, got {len(cells)}')
            texts = dict(zip(COLUMNS, cells[2:]))
            for column in COLUMNS:
                if texts[column] == '=':
                    texts[column] = texts['xapian']
            queries.append(Query(cells[0], cells[1], texts))
    ids = [q.id for q in queries]
    if len(set(ids)) != len(ids):
        raise ValueError(f'{path}: query ids repeat')
    return queries
