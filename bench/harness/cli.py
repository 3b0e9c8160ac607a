"""bench/run: builds passim and the reference programs, prepares the
corpora, measures indexing and search for every tool, writes the results
(bench/results/TIER.json) and the report (bench/RESULTS.md)."""
import argparse
import datetime
import glob
import json
import os
import shutil
import sys
import tempfile

from . import build, corpora, machine, measure, queries as query_file, report, tools

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(BENCH)
DEFAULT_TIERS = 'base,100mb,1gb'


def parse(argv):
    p = argparse.ArgumentParser(prog='bench/run', description='Side-by-side benchmark of passim indexing and search.')
    p.add_argument('--tiers', default=DEFAULT_TIERS,
                   help=f'comma-separated: base, and scaled sizes such as 100mb or 1gb (default {DEFAULT_TIERS})')
    p.add_argument('--smoke', action='store_true',
                   help='seconds-long check for CI: tiny corpora, report to a temporary file')
    p.add_argument('--rounds', type=int, default=None, help='timed search rounds per query (default 10; smoke 2)')
    p.add_argument('--search-budget', type=float, default=600,
                   help='seconds of timed search per tool and tier; a slower tool gets fewer rounds (default 600)')
    p.add_argument('--corpora', default=os.environ.get('PASSIM_CORPORA', os.path.join(REPO, '..', 'shared', 'corpora')),
                   help='folder holding bbc/ and reuters21578/ (default ../shared/corpora, or $PASSIM_CORPORA)')
    p.add_argument('--work', default=os.path.join(BENCH, 'work'), help='scratch folder (default bench/work)')
    p.add_argument('--skip', default='', help='comma-separated tools to leave out, e.g. recollindex,tantivy')
    p.add_argument('--keep-indexes', action='store_true',
                   help='keep every index; by default those no searcher reads (ref-index, omindex) are deleted')
    p.add_argument('--label', default='', help='a line shown at the top of the report')
    p.add_argument('--report', default=None, help='where to write the report (default bench/RESULTS.md)')
    p.add_argument('--report-only', action='store_true', help='rewrite the report from bench/results/*.json')
    args = p.parse_args(argv)
    args.tier_names = [t.strip() for t in args.tiers.split(',') if t.strip()]
    for name in args.tier_names:
        if name != 'base' and corpora.tier_bytes(name) is None:
            p.error(f'unknown tier {name!r}: use base, or a size such as 100mb or 1gb')
    return args


def log(message):
    stamp = datetime.datetime.now().strftime('%H:%M:%S')
    print(f'[{stamp}] {message}', file=sys.stderr, flush=True)


def warm(corpus):
    """Reads every file once, so no tool pays for a cold page cache."""
    for root, _, names in os.walk(corpus.path):
        for name in names:
            with open(os.path.join(root, name), 'rb') as f:
                while f.read(1 << 20):
                    pass


class Bench:
    def __init__(self, args, work, results_dir):
        self.args = args
        self.work = work
        self.results_dir = results_dir
        self.failures = []
        self.skip = {s.strip() for s in args.skip.split(',') if s.strip()}

    def fail(self, what, error):
        self.failures.append(f'{what}: {error}')
        log(f'FAILED {what}: {error}')

    # ------------------------------------------------------------------ setup

    def setup(self):
        logs = os.path.join(self.work, 'logs')
        os.makedirs(logs, exist_ok=True)
        build_log = os.path.join(logs, 'build.log')
        open(build_log, 'w').close()
        build.dependencies(REPO, build_log)
        log('building passim (swift build -c release --static-swift-stdlib)')
        passim = build.passim(REPO, build_log)
        log('building the reference programs (g++ -O2)')
        bins = build.reference(os.path.join(BENCH, 'reference'), os.path.join(self.work, 'bin'), build_log)
        bins['passim'] = passim
        fts5_python, tantivy_python = tools.find_pythons(sys.executable)
        self.runner = measure.Runner(bins['runstat'])
        self.env = tools.Env(self.runner, bins, BENCH, fts5_python, tantivy_python)
        self.machine = machine.describe(REPO)
        self.versions = machine.versions(passim, fts5_python, tantivy_python)
        self.load_before = machine.load_average()
        self.queries = query_file.load(os.path.join(BENCH, 'queries.txt'))
        self.rounds = self.args.rounds or (2 if self.args.smoke else 10)

    def corpora(self):
        root = os.path.join(self.work, 'corpora')
        os.makedirs(root, exist_ok=True)
        shared = os.path.abspath(self.args.corpora)
        scaler = os.path.join(BENCH, 'scale.py')
        if self.args.smoke:
            tiny = corpora.smoke(REPO, shared, root)
            yield tiny
            yield corpora.scaled('tiny-scaled', 300_000, tiny, root, scaler)
            return
        base = None
        for name in self.args.tier_names:
            log(f'preparing corpus {name}')
            base = base or corpora.base(shared, root)
            yield base if name == 'base' else corpora.scaled(name, corpora.tier_bytes(name), base, root, scaler)

    # ---------------------------------------------------------------- measure

    def index_all(self, corpus, logs):
        entries, indexes = [], {}
        for tool in tools.INDEXERS:
            entry = {'tool': tool.name, 'unit': tool.unit}
            entries.append(entry)
            reason = 'left out with --skip' if tool.name in self.skip else tool.missing(self.env)
            if reason:
                entry.update(status='skipped', note=reason)
                log(f'  {tool.name}: skipped ({reason})')
                continue
            dest = os.path.join(self.work, 'idx', corpus.name, tool.name)
            log(f'  indexing with {tool.name}')
            try:
                m, documents = tool.index(self.env, corpus, dest, os.path.join(logs, f'{tool.name}-index.log'))
                size = tool.index_bytes(dest) if hasattr(tool, 'index_bytes') else measure.disk_bytes(dest)
                if not size or not documents:
                    raise measure.StepFailed(f'made no index at {dest} (documents: {documents}, bytes: {size})')
            except measure.StepFailed as e:
                entry.update(status='failed', note=str(e).splitlines()[0][:200])
                self.fail(f'{corpus.name}: {tool.name} index', e)
                continue
            entry.update(status='ok', wall=m.wall, cpu=m.cpu, user=m.user, sys=m.sys,
                         peak_rss_bytes=m.peak_rss_bytes, index_bytes=size, documents=documents)
            log(f'    {m.wall:.2f} s wall, {m.cpu:.2f} s CPU, {m.peak_rss_bytes / 1e6:.0f} MB peak, '
                f'{size / 1e6:.1f} MB index, {documents} documents')
            if tool.name in tools.SEARCHED or self.args.keep_indexes:
                indexes[tool.name] = dest
            else:  # no searcher reads it: free the disk (the 1 GB tier's indexes take tens of GB)
                shutil.rmtree(dest)
        return entries, indexes

    def search_all(self, corpus, indexes, logs):
        entries = []
        live = []
        for tool, needs in tools.PROCESS_SEARCHERS:
            entry = {'tool': 'recollq' if tool.name == 'recollindex' else tool.name, 'mode': 'process'}
            entries.append(entry)
            reason = tool.missing(self.env) or ('left out with --skip' if entry['tool'] in self.skip or
                                                 (needs and needs in self.skip) else None)
            if not reason and needs and needs not in indexes:
                reason = f'no {needs} index'
            if reason:
                entry.update(status='skipped', note=reason)
                continue
            # Warm-up round, keeping each answer, which must not be an error.
            try:
                answered = 0
                warm_up = 0.0
                for q in self.queries:
                    out = os.path.join(logs, f'{entry["tool"]}-{q.id}.out')
                    cmd = tool.search_command(self.env, corpus, indexes, q.for_tool(tool.column))
                    m = self.runner.run(cmd, stdout=out, stderr=out + '.err', check=False)
                    warm_up += m.wall
                    if m.status not in (0, 1):
                        raise measure.StepFailed(f'query {q.id} exited with status {m.status} (see {out}.err)')
                    answered += tool.found(out)
                if answered == 0:
                    raise measure.StepFailed('no query printed anything')
            except measure.StepFailed as e:
                entry.update(status='failed', note=str(e)[:200])
                self.fail(f'{corpus.name}: {entry["tool"]} search', e)
                continue
            entry['answered'] = answered
            entry['times'] = {q.id: [] for q in self.queries}
            # A slow tool (rg on a large tier) gets fewer rounds, at least 3, to stay within the time budget.
            affordable = int(self.args.search_budget / max(warm_up, 1e-3))
            entry['rounds'] = max(min(3, self.rounds), min(self.rounds, affordable))
            live.append((tool, entry))

        log(f'  searching: {len(self.queries)} queries × ' +
            ', '.join(f'{e["rounds"]} rounds of {e["tool"]}' for _, e in live))
        for round_number in range(self.rounds):  # rounds outermost: a change in machine load touches every tool
            for tool, entry in live:
                if round_number >= entry['rounds']:
                    continue
                for q in self.queries:
                    cmd = tool.search_command(self.env, corpus, indexes, q.for_tool(tool.column))
                    m = self.runner.run(cmd, check=False)
                    if m.status not in (0, 1):
                        entry['errors'] = entry.get('errors', 0) + 1
                    entry['times'][q.id].append(m.wall)
        for tool, entry in live:
            if entry.get('errors'):
                self.fail(f'{corpus.name}: {entry["tool"]} search', f'{entry["errors"]} timed runs ended in an error')
            self._summarise(entry, entry.pop('times'), entry['rounds'])

        for tool, needs in tools.IN_PROCESS_SEARCHERS:
            entry = {'tool': tool.name, 'mode': 'in-process'}
            entries.append(entry)
            if needs not in indexes:
                entry.update(status='skipped', note=f'no {needs} index')
                continue
            try:
                out = json.loads(tool.search_in_process(self.env, indexes[needs], os.path.join(BENCH, 'queries.txt'),
                                                        self.rounds, os.path.join(logs, f'{tool.name}-search.log')))
                if not any(out['hits'].values()):
                    raise measure.StepFailed('no query found anything')
            except (measure.StepFailed, ValueError, KeyError) as e:
                entry.update(status='failed', note=str(e)[:200])
                self.fail(f'{corpus.name}: {tool.name} search', e)
                continue
            entry['answered'] = sum(1 for n in out['hits'].values() if n)
            self._summarise(entry, out['seconds'], self.rounds)
        return entries

    def _summarise(self, entry, times, rounds):
        samples = [t for ts in times.values() for t in ts]
        entry.update(status='ok', rounds=rounds, samples=len(samples),
                     p50=measure.percentile(samples, 0.5), p95=measure.percentile(samples, 0.95),
                     per_query={qid: {'p50': measure.percentile(ts, 0.5)} for qid, ts in times.items()})
        log(f'    {entry["tool"]}: p50 {entry["p50"] * 1000:.1f} ms, p95 {entry["p95"] * 1000:.1f} ms')

    def tier(self, corpus):
        log(f'tier {corpus.name}: {corpus.files:,} files, {corpus.bytes / 1e6:.1f} MB ({corpus.made_by})')
        logs = os.path.join(self.work, 'logs', corpus.name)
        shutil.rmtree(logs, ignore_errors=True)
        os.makedirs(logs)
        warm(corpus)
        indexing, indexes = self.index_all(corpus, logs)
        search = self.search_all(corpus, indexes, logs)
        result = {
            'schema': 1, 'tier': corpus.name,
            'corpus': {'files': corpus.files, 'bytes': corpus.bytes, 'made_by': corpus.made_by},
            'run': {'label': self.args.label, 'machine': self.machine, 'versions': self.versions,
                    'load_before': self.load_before, 'load_after': machine.load_average(),
                    'queries': len(self.queries), 'rounds': self.rounds},
            'indexing': indexing, 'search': search,
        }
        os.makedirs(self.results_dir, exist_ok=True)
        path = os.path.join(self.results_dir, f'{corpus.name}.json')
        with open(path, 'w') as f:
            json.dump(result, f, indent=1)
            f.write('\n')
        return path


def main(argv):
    args = parse(argv)
    results_dir = os.path.join(BENCH, 'results')
    report_path = args.report or os.path.join(BENCH, 'RESULTS.md')
    if args.report_only:
        paths = sorted(glob.glob(os.path.join(results_dir, '*.json')))
        if not paths:
            sys.exit('bench/run: no bench/results/*.json to report on')
        with open(report_path, 'w') as f:
            f.write(report.render(report.load(paths)))
        log(f'wrote {report_path}')
        return 0

    work = args.work
    if args.smoke:
        work = tempfile.mkdtemp(prefix='passim-bench-smoke.')
        results_dir = os.path.join(work, 'results')
        if not args.report:
            report_path = os.path.join(work, 'RESULTS.md')
    bench = Bench(args, os.path.abspath(work), results_dir)
    written = []
    try:
        bench.setup()
        for corpus in bench.corpora():
            written.append(bench.tier(corpus))
    except measure.StepFailed as e:
        bench.fail('harness', e)
    finally:
        if hasattr(bench, 'runner'):
            bench.runner.close()
    if written:
        text = report.render(report.load(written), title='Benchmark results (smoke run)' if args.smoke else
                             'Benchmark results')
        with open(report_path, 'w') as f:
            f.write(text)
        log(f'wrote {report_path} and {", ".join(written)}')
    if bench.failures:
        log(f'{len(bench.failures)} step(s) failed:')
        for failure in bench.failures:
            print(f'  {failure.splitlines()[0]}', file=sys.stderr)
        return 1
    if args.smoke:
        shutil.rmtree(os.path.join(work, 'idx'), ignore_errors=True)
        shutil.rmtree(os.path.join(work, 'corpora'), ignore_errors=True)
        log(f'smoke run passed; report kept at {report_path}')
    return 0
