"""The corpora the benchmark indexes: `base` (the BBC and Reuters .txt files
as they are), scaled tiers made by bench/scale.py from base, and the tiny
corpora of --smoke. Each is made once under the work folder and reused
while what it was made from is unchanged (a stamp file beside it says)."""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

from .measure import StepFailed

SOURCES = ('bbc', 'reuters21578')
SCALED = re.compile(r'^(\d+(?:\.\d+)?)(mb|gb)$')


@dataclass
class Corpus:
    name: str
    path: str
    files: int
    bytes: int
    made_by: str


def _txt_files(folder):
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
        for name in sorted(names):
            if name.endswith('.txt') and not name.startswith('.'):
                yield os.path.join(root, name)


def _count(path):
    files = size = 0
    for f in _txt_files(path):
        files += 1
        size += os.path.getsize(f)
    return files, size


def _fresh(path, recipe):
    """True when `path` was made by this recipe; else clears it for remaking."""
    stamp = path + '.stamp'
    if os.path.isdir(path) and os.path.exists(stamp):
        with open(stamp) as f:
            if json.load(f) == recipe:
                return True
    shutil.rmtree(path, ignore_errors=True)
    if os.path.exists(stamp):
        os.unlink(stamp)
    return False


def _stamp(path, recipe):
    with open(path + '.stamp', 'w') as f:
        json.dump(recipe, f)


def _copy_txt(source, dest, limit=None):
    copied = 0
    for f in _txt_files(source):
        target = os.path.join(dest, os.path.relpath(f, source))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(f, target)
        copied += 1
        if limit and copied >= limit:
            break


def base(shared, root):
    """bbc + reuters21578 .txt files (index.tsv and READMEs left out)."""
    missing = [s for s in SOURCES if not os.path.isdir(os.path.join(shared, s))]
    if missing:
        raise StepFailed(f'the base tier needs {", ".join(missing)} under {shared} (see --corpora)')
    path = os.path.join(root, 'base')
    recipe = {'sources': [os.path.join(shared, s) for s in SOURCES]}
    if not _fresh(path, recipe):
        for source in SOURCES:
            _copy_txt(os.path.join(shared, source), os.path.join(path, source))
        _stamp(path, recipe)
    return Corpus('base', path, *_count(path), made_by='copies of the BBC and Reuters-21578 .txt files')


def scaled(name, size_bytes, source, root, scaler):
    """`size_bytes` of new articles recombined from the real sentences of `source`."""
    path = os.path.join(root, name)
    with open(scaler, 'rb') as f:
        scaler_hash = hashlib.sha256(f.read()).hexdigest()[:16]
    recipe = {'bytes': size_bytes, 'source': source.path, 'source_bytes': source.bytes, 'scaler': scaler_hash}
    if not _fresh(path, recipe):
        status = subprocess.run([sys.executable, scaler, '--bytes', str(size_bytes), '--out', path, source.path],
                                stdin=subprocess.DEVNULL).returncode
        if status != 0:
            raise StepFailed(f'bench/scale.py failed making {name}')
        _stamp(path, recipe)
    return Corpus(name, path, *_count(path), made_by=f'bench/scale.py --bytes {size_bytes} from {source.name}')


def smoke(repo, shared, root):
    """seeds/ plus a few dozen BBC articles when the shared corpora are there."""
    path = os.path.join(root, 'tiny')
    shutil.rmtree(path, ignore_errors=True)
    _copy_txt(os.path.join(repo, 'seeds'), os.path.join(path, 'seeds'))
    bbc = os.path.join(shared, 'bbc')
    have_bbc = os.path.isdir(bbc)
    if have_bbc:
        for category in sorted(os.listdir(bbc)):
            if os.path.isdir(os.path.join(bbc, category)):
                _copy_txt(os.path.join(bbc, category), os.path.join(path, 'bbc', category), limit=8)
    made_by = 'seeds/ and 8 BBC articles per category' if have_bbc else 'seeds/ only (no shared corpora found)'
    files, size = _count(path)
    if files == 0:
        raise StepFailed(f'no .txt articles for the smoke corpus in {repo}/seeds')
    return Corpus('tiny', path, files, size, made_by=made_by)


def tier_bytes(name):
    """Size in bytes of a scaled tier name like 100mb or 1gb (decimal units), or None."""
    match = SCALED.match(name)
    if not match:
        return None
    return int(float(match.group(1)) * (10**6 if match.group(2) == 'mb' else 10**9))
