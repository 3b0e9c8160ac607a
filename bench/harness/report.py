"""Renders RESULTS.md from the results of each tier (bench/results/*.json)."""
import json
import os

TIER_ORDER = {'tiny': 0, 'tiny-scaled': 1, 'base': 2, '100mb': 4, '1gb': 6}
GB = 10**9


def load(paths):
    tiers = []
    for path in paths:
        with open(path) as f:
            tiers.append(json.load(f))
    return sorted(tiers, key=lambda t: (TIER_ORDER.get(t['tier'], 3), t['corpus']['bytes']))


def _mb(n):
    return f'{n / 10**6:,.1f} MB' if n is not None else '–'


def _s(x):
    if x is None:
        return '–'
    return f'{x:.1f} s' if x >= 10 else f'{x:.2f} s'


def _ms(x):
    if x is None:
        return '–'
    return f'{x * 1000:.0f} ms' if x >= 0.1 else f'{x * 1000:.1f} ms'


def _ratio(x):
    return f'{x:.2f}×' if x is not None else '–'


def _ok(entry):
    return entry and entry.get('status') == 'ok'


def _find(entries, tool):
    return next((e for e in entries if e['tool'] == tool), None)


def _div(a, b):
    return a / b if a is not None and b else None


def indexing_table(tier):
    text_bytes = tier['corpus']['bytes']
    passim = _find(tier['indexing'], 'passim')
    base_wall = passim['wall'] if _ok(passim) else None
    rows = ['| tool | unit indexed | documents | wall | CPU | peak RSS | index size | size / text | MB/s '
            '| wall vs passim |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
    for e in tier['indexing']:
        if not _ok(e):
            rows.append(f'| {e["tool"]} | {e.get("unit", "")} | {e["status"]}: {e.get("note", "")} |||||||| ')
            continue
        docs = f'{e["documents"]:,}' if e.get('documents') is not None else '–'
        rows.append(f'| {e["tool"]} | {e["unit"]} | {docs} | {_s(e["wall"])} | {_s(e["cpu"])} | '
                    f'{_mb(e["peak_rss_bytes"])} | {_mb(e["index_bytes"])} | {e["index_bytes"] / text_bytes:.2f} | '
                    f'{text_bytes / 10**6 / e["wall"]:.2f} | {_ratio(_div(e["wall"], base_wall))} |')
    return '\n'.join(rows)


def search_table(tier):
    passim = _find(tier['search'], 'passim')
    base_p50 = passim['p50'] if _ok(passim) else None
    rows = ['| tool | how | queries with hits | samples | p50 | p95 | p50 vs passim |',
            '| --- | --- | ---: | ---: | ---: | ---: | ---: |']
    for e in tier['search']:
        if not _ok(e):
            rows.append(f'| {e["tool"]} | {e["status"]}: {e.get("note", "")} ||||||')
            continue
        if e['mode'] == 'process':
            how, versus = 'one process per query', _ratio(_div(e['p50'], base_p50))
        else:
            how, versus = 'in one process, index open', 'not comparable'
        answered = f'{e["answered"]} / {len(e["per_query"])}' if 'answered' in e else '–'
        rows.append(f'| {e["tool"]} | {how} | {answered} | {e["samples"]} | {_ms(e["p50"])} | {_ms(e["p95"])} | '
                    f'{versus} |')
    return '\n'.join(rows)


def per_query_table(tier):
    tools = [e for e in tier['search'] if _ok(e)]
    if not tools:
        return ''
    ids = list(tools[0]['per_query'].keys())
    rows = ['| query | ' + ' | '.join(e['tool'] for e in tools) + ' |',
            '| --- |' + ' ---: |' * len(tools)]
    for qid in ids:
        cells = []
        for e in tools:
            q = e['per_query'].get(qid)
            cells.append(_ms(q['p50']) if q else '–')
        rows.append(f'| {qid} | ' + ' | '.join(cells) + ' |')
    return '\n'.join(rows)


def _target(rows, name, tier, measured, shown, goal, met):
    status = '–' if measured is None else ('met' if met(measured) else '**missed**')
    rows.append(f'| {name} | {tier} | {shown if measured is not None else "not measured"} | {goal} | {status} |')


def targets(tiers):
    rows = ['| target | tier | measured | goal | status |', '| --- | --- | ---: | --- | --- |']
    for t in tiers:
        name = t['tier']
        ix = {e['tool']: e for e in t['indexing'] if _ok(e)}
        se = {e['tool']: e for e in t['search'] if _ok(e)}
        p = ix.get('passim')
        if p:
            for other, goal in (('ref-index', 1.6), ('omindex', 2.0), ('recollindex', 2.0)):
                x = _div(ix[other]['wall'], p['wall']) if other in ix else None
                cpu = _div(ix[other]['cpu'], p['cpu']) if other in ix else None
                _target(rows, f'indexing speed vs {other}', name, x,
                        f'{x:.2f}× as fast (CPU time: {cpu:.2f}×)' if x else '', f'≥ {goal}×',
                        lambda v, g=goal: v >= g)
            x = p['index_bytes'] / t['corpus']['bytes']
            _target(rows, 'index size / text', name, x, f'{x:.2f}×', '≤ 3×', lambda v: v <= 3)
            x = p['peak_rss_bytes']
            if name == '1gb':
                _target(rows, 'indexing peak RSS', name, x, _mb(x), '≤ 1 GB (1 GB tier)', lambda v: v <= GB)
            else:
                rows.append(f'| indexing peak RSS | {name} | {_mb(x)} | ≤ 1 GB on the 1 GB tier | (informative) |')
        s = se.get('passim')
        if s:
            for other, goal, shown, met in (
                    ('ref-search', '≤ 1.5×', lambda v: f'{v:.2f}× its p50', lambda v: v <= 1.5),
                    ('recollq', '≤ 0.5×', lambda v: f'{v:.2f}× its p50', lambda v: v <= 0.5)):
                x = _div(s['p50'], se[other]['p50']) if other in se else None
                _target(rows, f'search p50 vs {other}', name, x, shown(x) if x else '', goal, met)
            x = _div(se['rg']['p50'], s['p50']) if 'rg' in se else None
            _target(rows, 'search p50 vs rg', name, x, f'{x:.1f}× as fast' if x else '', '≥ 20× as fast',
                    lambda v: v >= 20)
    by_name = {t['tier']: t for t in tiers}
    small, large = by_name.get('100mb'), by_name.get('1gb')
    if small and large:
        a, b = _find(small['indexing'], 'passim'), _find(large['indexing'], 'passim')
        x = _div(b['wall'], a['wall']) if _ok(a) and _ok(b) else None
        _target(rows, 'indexing time 1 GB / 100 MB', '1gb, 100mb', x, f'{x:.1f}×' if x else '', '≤ 11×',
                lambda v: v <= 11)
    else:
        rows.append('| indexing time 1 GB / 100 MB | 1gb, 100mb | not measured (needs both tiers) | ≤ 11× | – |')
    return '\n'.join(rows)


def render(tiers, title='Benchmark results'):
    first = tiers[0]['run']
    m = first['machine']
    out = [f'# {title}', '']
    if first.get('label'):
        out += [f'> {first["label"]}', '']
    out += ['Made by `bench/run` (see `bench/README.md`); raw numbers in `bench/results/*.json`; regenerate this file '
            'with `bench/run --report-only`.', '',
            f'- machine: {m["cpu"]}, {m["cores"]} cores, {_gib(m["memory_bytes"])} RAM; {m.get("os") or ""}, '
            f'Linux {m["kernel"]}',
            f'- date (run start): {m["date"]}; passim commit `{m["commit"]}`' +
            (' (with uncommitted changes)' if m.get('dirty') else ''),
            f'- load average (1, 5, 15 min) when the run started: {first.get("load_before")}',
            '- versions: ' + '; '.join(f'{k} `{v}`' for k, v in first['versions'].items()),
            f'- search: {first["queries"]} queries (`bench/queries.txt`), {first["rounds"]} timed rounds after one '
            'warm-up round (fewer, at least 3, for a tool whose warm-up round exceeded the time budget; see '
            '"samples"); p50/p95 over all queries × rounds; page cache warm for every tool', '']
    for t in tiers:
        c = t['corpus']
        out += [f'## Tier `{t["tier"]}`: {c["files"]:,} files, {_mb(c["bytes"])} of text', '',
                f'Corpus: {c["made_by"]}. From the run started {t["run"]["machine"]["date"]} at commit '
                f'`{t["run"]["machine"]["commit"]}`; load average (1, 5, 15 min) when this tier ended: '
                f'{t["run"].get("load_after")}.', '', '### Indexing', '', indexing_table(t), '',
                '### Search latency', '', search_table(t), '']
        notes = tier_notes(t)
        if notes:
            out += ['Notes:', ''] + [f'- {n}' for n in notes] + ['']
        out += ['<details><summary>p50 per query</summary>', '', per_query_table(t), '', '</details>', '']
    out += ['## Targets', '', 'Ratios from the runs above. Speed ratios are of wall time (other tool ÷ passim), with '
            'the ratio of CPU time beside them; search ratios are of p50 latency.', '', targets(tiers), '',
            'Why each missed target is missed, measured with profiles, and what would close it: '
            '[`ANALYSIS.md`](ANALYSIS.md).', '']
    # Written by bench/large-results, kept when the rest is rendered again.
    long_results = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'results', 'large-results.md')
    if os.path.exists(long_results):
        out += [open(long_results).read()]
    return '\n'.join(out)


def tier_notes(tier):
    """What a reader needs to know to read the tables of one tier."""
    ran = {e['tool'] for e in tier['indexing'] + tier['search'] if e.get('status') == 'ok'}
    out = ["passim and ref-index index passages (one Xapian document each); ref-search searches passim's index."]
    if ran & {'omindex', 'recollindex'}:
        out.append('omindex and recollindex index whole files (one document per article; recollindex also counts '
                   'each folder as a document); recollq prints result lines without snippets.')
    if ran & {'sqlite-fts5', 'tantivy'}:
        out.append('sqlite-fts5 and tantivy index the same passages, cut by `ref-index --passages` in the same '
                   'measured pipeline; their search is timed inside one Python process (no process start, '
                   'index already open), so it is not comparable with the per-process numbers.')
    if 'rg' in ran:
        out.append('rg scans the corpus folder for each query (regex approximations in bench/queries.txt).')
    return out


def _gib(n):
    return f'{n / 2**30:.0f} GiB' if n else '?'
