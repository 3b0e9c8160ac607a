"""What the numbers were measured on: the machine, its load, the tools' versions."""
import datetime
import os
import platform
import shutil
import subprocess


def _first_line(cmd, cwd=None):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0].strip() if out.returncode == 0 and text else None


def describe(repo):
    cpu = 'unknown'
    try:
        with open('/proc/cpuinfo') as f:
            cpu = next((line.split(':', 1)[1].strip() for line in f if line.startswith('model name')), cpu)
    except OSError:
        pass
    memory = None
    try:
        with open('/proc/meminfo') as f:
            kb = next(int(line.split()[1]) for line in f if line.startswith('MemTotal'))
            memory = kb * 1024
    except (OSError, StopIteration):
        pass
    return {
        'cpu': cpu,
        'cores': os.cpu_count(),
        'memory_bytes': memory,
        'kernel': platform.release(),
        'os': _first_line(['sh', '-c', '. /etc/os-release && echo "$PRETTY_NAME"']),
        'commit': _first_line(['git', 'rev-parse', '--short', 'HEAD'], cwd=repo),
        'dirty': bool(_first_line(['git', 'status', '--porcelain', '--untracked-files=no'], cwd=repo)),
        'date': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'),
    }


def load_average():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def versions(passim, fts5_python, tantivy_python):
    found = {
        'passim': _first_line([passim, '--version']),
        'swift': _first_line(['swift', '--version']),
        'g++': _first_line(['g++', '--version']),
        'xapian': _first_line(['xapian-config', '--version']),
        'omindex': _first_line(['omindex', '--version']) if shutil.which('omindex') else None,
        'recoll': (_first_line(['dpkg-query', '-W', '-f', '${Version}', 'recollcmd'])
                   if shutil.which('recollq') else None),
        'rg': _first_line(['rg', '--version']) if shutil.which('rg') else None,
    }
    if fts5_python:
        found['sqlite (fts5)'] = _first_line([fts5_python, '-c', 'import sqlite3; print(sqlite3.sqlite_version)'])
    if tantivy_python:
        found['tantivy (python)'] = _first_line(
            [tantivy_python, '-c', 'import importlib.metadata as m; print(m.version("tantivy"))'])
    return {k: v for k, v in found.items() if v}
