"""Builds what the benchmark runs: passim in release, and the reference
programs (ref-index, ref-search, runstat) with g++ -O2."""
import os
import subprocess

from .measure import StepFailed

REFERENCE_PROGRAMS = {
    'runstat': ('runstat.cc', []),
    'ref-index': ('ref-index.cc', ['-lxapian']),
    'ref-search': ('ref-search.cc', ['-lxapian']),
}


def _run(cmd, log, cwd=None):
    with open(log, 'ab') as out:
        out.write(('$ ' + ' '.join(cmd) + '\n').encode())
        out.flush()
        status = subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode
    if status != 0:
        with open(log, errors='replace') as f:
            tail = f.read()[-1500:]
        raise StepFailed(f'`{" ".join(cmd)}` failed (status {status}); end of {log}:\n{tail}')


def dependencies(repo, log):
    """Installs what building passim needs when it is missing (scripts/deps: Xapian, libxml2, pkg-config)."""
    deps = os.path.join(repo, 'scripts', 'deps')
    if os.access(deps, os.X_OK):
        _run([deps], log, cwd=repo)


def passim(repo, log):
    """Builds passim as users are told to, and returns the binary's path."""
    flags = ['-c', 'release', '--static-swift-stdlib']
    _run(['swift', 'build'] + flags, log, cwd=repo)
    bin_dir = subprocess.run(['swift', 'build'] + flags + ['--show-bin-path'], cwd=repo, capture_output=True,
                             text=True, check=True).stdout.strip()
    binary = os.path.join(bin_dir, 'passim')
    if not os.access(binary, os.X_OK):
        raise StepFailed(f'swift build made no {binary}')
    return binary


def reference(source_dir, bin_dir, log):
    """Compiles the reference programs into `bin_dir`; returns name -> path."""
    os.makedirs(bin_dir, exist_ok=True)
    built = {}
    for name, (source, libraries) in REFERENCE_PROGRAMS.items():
        out = os.path.join(bin_dir, name)
        _run(['g++', '-O2', '-std=c++17', '-Wall', '-o', out, os.path.join(source_dir, source)] + libraries, log)
        built[name] = out
    return built
