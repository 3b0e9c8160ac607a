"""The tools compared, each as the benchmark drives it: how to index a
corpus, how to run one query, and why it may be missing.

Indexers write a fresh index into `dest` (removed first). Searchers run one
query per process, except FTS5 and tantivy, which time their queries inside
one Python process (see fts5_index.py and tantivy_index.py)."""
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass

from . import measure


@dataclass
class Env:
    runner: measure.Runner
    bins: dict            # passim, ref-index, ref-search
    bench: str            # the bench/ folder
    fts5_python: str      # a Python whose sqlite3 has FTS5, or None
    tantivy_python: str   # a Python that imports tantivy, or None


def _last_int(pattern, path):
    """The number captured by `pattern` in the file at `path`, or None."""
    try:
        with open(path, errors='replace') as f:
            found = re.findall(pattern, f.read())
    except OSError:
        return None
    return int(found[-1].replace(',', '')) if found else None


def _xapian_documents(path):
    if not shutil.which('xapian-delve'):
        return None
    out = subprocess.run(['xapian-delve', path], capture_output=True, text=True).stdout
    found = re.search(r'number of documents = (\d+)', out)
    return int(found.group(1)) if found else None


def _fresh(dest):
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    elif os.path.exists(dest):
        os.unlink(dest)
    os.makedirs(os.path.dirname(dest), exist_ok=True)


def _with_passages(env, corpus, python, script, dest, log):
    """ref-index --passages CORPUS | python SCRIPT index DEST, measured as one job."""
    q = shlex.quote
    pipeline = (f'set -o pipefail; {q(env.bins["ref-index"])} --passages {q(corpus.path)} | '
                f'{q(python)} {q(os.path.join(env.bench, script))} index {q(dest)}')
    return env.runner.run(['bash', '-c', pipeline], stderr=log)


class Searcher:
    def found(self, out):
        """Whether the answer kept at path `out` holds any hit."""
        return os.path.getsize(out) > 0


class Passim(Searcher):
    name = 'passim'
    unit = 'passages'
    column = 'xapian'

    def missing(self, env):
        return None

    def index(self, env, corpus, dest, log):
        _fresh(dest)
        m = env.runner.run([env.bins['passim'], 'index', corpus.path, '--index', dest], stderr=log)
        return m, _last_int(r'in ([\d,]+) passages?', log)

    def search_command(self, env, corpus, indexes, text):
        return [env.bins['passim'], 'search', text, '--index', indexes['passim'], '--limit', '10', '--color=never']


class Reference:
    name = 'ref-index'
    unit = 'passages'

    def missing(self, env):
        return None

    def index(self, env, corpus, dest, log):
        _fresh(dest)
        m = env.runner.run([env.bins['ref-index'], corpus.path, dest], stderr=log)
        return m, _last_int(r'in (\d+) passages', log)


class ReferenceSearch(Searcher):
    """Searches passim's own index, so that only the search program differs."""
    name = 'ref-search'
    column = 'xapian'

    def missing(self, env):
        return None

    def search_command(self, env, corpus, indexes, text):
        return [env.bins['ref-search'], indexes['passim'], text, '10']


class Omindex:
    name = 'omindex'
    unit = 'whole files'

    def missing(self, env):
        return None if shutil.which('omindex') else 'omindex not installed (apt-get install xapian-omega)'

    def index(self, env, corpus, dest, log):
        _fresh(dest)
        # -S: spelling data, as passim keeps; -M: .txt is text/plain without asking libmagic.
        m = env.runner.run(['omindex', '-S', '-M', 'txt:text/plain', '--db', dest, '--url', '/', corpus.path],
                           stdout=log + '.out', stderr=log)
        return m, _xapian_documents(dest)


class Recoll(Searcher):
    """recollindex with a private configuration folder; its index is dest/xapiandb."""
    name = 'recollindex'
    unit = 'whole files'
    column = 'recoll'

    def missing(self, env):
        if not shutil.which('recollindex') or not shutil.which('recollq'):
            return 'recollindex/recollq not installed (apt-get install recollcmd)'
        return None

    def index(self, env, corpus, dest, log):
        _fresh(dest)
        os.makedirs(dest)
        with open(os.path.join(dest, 'recoll.conf'), 'w') as f:
            f.write(f'topdirs = {corpus.path}\n'
                    'indexStemmingLanguages = english\n'
                    'noaspell = 1\n'      # no aspell dictionary build at the end
                    'loglevel = 1\n')
        m = env.runner.run(['recollindex', '-c', dest, '-z'], stdout=log + '.out', stderr=log)
        return m, _xapian_documents(os.path.join(dest, 'xapiandb'))

    def index_bytes(self, dest):
        return measure.disk_bytes(os.path.join(dest, 'xapiandb'))

    def search_command(self, env, corpus, indexes, text):
        return ['recollq', '-c', indexes['recollindex'], '-n', '10', text]

    def found(self, out):
        # recollq prints its parsed query and "N results" even when it finds nothing.
        return bool(_last_int(r'(?m)^(\d+) results', out))


class FTS5:
    name = 'sqlite-fts5'
    unit = 'passages'
    column = 'fts5'
    script = 'fts5_index.py'

    def python(self, env):
        return env.fts5_python

    def missing(self, env):
        return None if self.python(env) else 'no Python with SQLite FTS5 found'

    def index(self, env, corpus, dest, log):
        _fresh(dest)
        m = _with_passages(env, corpus, self.python(env), self.script, dest, log)
        return m, _last_int(r'(\d+) passages', log)

    def search_in_process(self, env, dest, queries, rounds, log):
        out = subprocess.run([self.python(env), os.path.join(env.bench, self.script), 'search', dest, queries,
                              '--rounds', str(rounds)], capture_output=True, text=True)
        with open(log, 'w') as f:
            f.write(out.stderr)
        if out.returncode != 0:
            raise measure.StepFailed(f'{self.script} search failed: {out.stderr[-400:]}')
        return out.stdout


class Tantivy(FTS5):
    name = 'tantivy'
    column = 'tantivy'
    script = 'tantivy_index.py'

    def python(self, env):
        return env.tantivy_python

    def missing(self, env):
        return None if self.python(env) else 'Python package tantivy not installed (pip install tantivy)'


class Ripgrep(Searcher):
    name = 'rg'
    column = 'rg'

    def missing(self, env):
        return None if shutil.which('rg') else 'rg not installed (apt-get install ripgrep)'

    def search_command(self, env, corpus, indexes, text):
        return ['rg', '-i', '--no-messages', '-e', text, corpus.path]


INDEXERS = [Passim(), Reference(), Omindex(), Recoll(), FTS5(), Tantivy()]
# Searchers, by the indexer whose index they need (None: the corpus itself).
PROCESS_SEARCHERS = [(Passim(), 'passim'), (ReferenceSearch(), 'passim'), (Recoll(), 'recollindex'),
                     (Ripgrep(), None)]
IN_PROCESS_SEARCHERS = [(FTS5(), 'sqlite-fts5'), (Tantivy(), 'tantivy')]
SEARCHED = {needs for _, needs in PROCESS_SEARCHERS + IN_PROCESS_SEARCHERS if needs}


def find_pythons(current):
    """A Python with FTS5 in its sqlite3 and one that imports tantivy: this
    one when it can, else Debian's /usr/bin/python3."""
    def works(python, code):
        try:
            return subprocess.run([python, '-c', code], capture_output=True, timeout=60).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False

    fts5 = "import sqlite3; sqlite3.connect(':memory:').execute('CREATE VIRTUAL TABLE t USING fts5(x)')"
    candidates = [current] + (['/usr/bin/python3'] if os.path.exists('/usr/bin/python3') else [])
    fts5_python = next((p for p in candidates if works(p, fts5)), None)
    tantivy_python = next((p for p in candidates if works(p, 'import tantivy')), None)
    return fts5_python, tantivy_python
