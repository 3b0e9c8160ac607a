"""What the ranking evaluations share: where things are, the passim binary,
running its searches, the metrics, and how results are stamped."""

import datetime
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # eval/ranking
REPO = os.path.dirname(os.path.dirname(HERE))
WORK = os.path.join(HERE, "work")  # git-ignored: converted corpora, indexes, the venv
# The shared corpora beside the checkout, or where $PASSIM_CORPORA says (a worktree elsewhere).
CORPORA = os.environ.get("PASSIM_CORPORA") or os.path.join(os.path.dirname(REPO), "shared", "corpora")


def say(message):
    print(message, file=sys.stderr, flush=True)


# --- passim -----------------------------------------------------------------

def passim_binary(explicit):
    """The binary to measure: `explicit`, or this checkout's release build,
    brought up to date first (a no-op when nothing changed)."""
    if explicit:
        path = os.path.abspath(explicit)
        if not os.access(path, os.X_OK):
            sys.exit(f"passim binary {path} is missing or not executable")
        return path
    say("building passim (swift build -c release --static-swift-stdlib)…")
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib"], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL)
    return os.path.join(REPO, ".build", "release", "passim")


def passim_index(binary, folder, index):
    # The evaluation folders are symlinks into the corpus, which passim only
    # follows out of the folder with --follow (older binaries follow them always).
    usage = subprocess.run([binary, "index", "--help"], capture_output=True, text=True).stdout
    follow = ["--follow"] if "--follow" in usage else []
    run = subprocess.run([binary, "index", folder, "--index", index, "--quiet", *follow],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"passim index {folder} failed ({run.returncode}): {run.stderr.strip()}")


def passim_search(binary, index, query, *options, cwd=None):
    """The hits of `query`, as passim's JSON objects; [] when nothing matched.
    Paths are relative to `cwd` when the corpus is inside it. `--` keeps a
    query that starts with "-" from being read as an option."""
    run = subprocess.run([binary, "search", "--json", "--index", index, "--color=never", *options, "--", query],
                         capture_output=True, text=True, cwd=cwd)
    if run.returncode == 1:
        return []
    if run.returncode != 0:
        raise RuntimeError(f"passim search {query!r} failed ({run.returncode}): {run.stderr.strip()}")
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


# --- metrics ----------------------------------------------------------------

def average_precision(ranked, relevant, cutoff):
    """Mean of the precision at each relevant document retrieved within
    `cutoff`, divided by all relevant documents (retrieved or not)."""
    if not relevant:
        return 0.0
    found, total = 0, 0.0
    for i, doc in enumerate(ranked[:cutoff], start=1):
        if doc in relevant:
            found += 1
            total += found / i
    return total / len(relevant)


def precision_at(ranked, relevant, k):
    return sum(1 for doc in ranked[:k] if doc in relevant) / k


def ndcg_at(ranked, gains, k):
    """nDCG with linear gains, log2(rank + 1) discount; ideal from all judged gains."""
    dcg = sum(gains.get(doc, 0) / math.log2(i + 1) for i, doc in enumerate(ranked[:k], start=1))
    ideal = sorted(gains.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, start=1))
    return dcg / idcg if idcg > 0 else 0.0


def reciprocal_rank(flags):
    """1/rank of the first true flag, 0 when none."""
    for i, hit in enumerate(flags, start=1):
        if hit:
            return 1.0 / i
    return 0.0


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


# --- stamping ---------------------------------------------------------------

def git_state():
    """The commit measured, and whether passim's sources differ from it."""
    def git(*args):
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()
    commit = git("rev-parse", "HEAD")
    dirty = bool(git("status", "--porcelain", "--", "Sources", "CXapianShim", "Package.swift"))
    return {"commit": commit, "short": commit[:7], "sources_modified": dirty}


def today():
    return datetime.date.today().isoformat()


def write_json(path, value):
    with open(path, "w") as f:
        json.dump(value, f, indent=2, sort_keys=False)
        f.write("\n")
