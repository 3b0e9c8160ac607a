"""Runs a command and measures it: wall time, CPU time (user + sys of the
command and every process it waited for) and peak resident memory (the
largest of those processes), via bench/reference/runstat.cc (wait4's
rusage)."""
import os
import subprocess
import tempfile
from dataclasses import dataclass


class StepFailed(Exception):
    """A benchmark step that did not do its job."""


@dataclass
class Measured:
    wall: float
    user: float
    sys: float
    peak_rss_bytes: int
    status: int

    @property
    def cpu(self):
        return self.user + self.sys


class Runner:
    """Runs commands under the runstat launcher at `runstat`."""

    def __init__(self, runstat):
        self.runstat = runstat
        handle, self.report = tempfile.mkstemp(prefix='passim-bench-runstat.')
        os.close(handle)

    def run(self, cmd, stdout=None, stderr=None, cwd=None, env=None, check=True, timeout=None):
        """Runs `cmd` (a list) to completion. `stdout` and `stderr` are paths
        to write, or None for /dev/null. Raises StepFailed when it fails and
        `check` is set."""
        def sink(path):
            return open(path, 'wb') if path else open(os.devnull, 'wb')

        cmd = [str(c) for c in cmd]
        with sink(stdout) as out, sink(stderr) as err:
            try:
                launcher = subprocess.run([self.runstat, self.report] + cmd, stdin=subprocess.DEVNULL,
                                          stdout=out, stderr=err, cwd=cwd, env=env, timeout=timeout)
            except subprocess.TimeoutExpired:
                raise StepFailed(f'`{cmd[0]}` took longer than {timeout} s') from None
        if launcher.returncode == 2 and os.path.getsize(self.report) == 0:
            raise StepFailed(f'could not run `{" ".join(cmd)}`')
        with open(self.report) as f:
            fields = f.read().split()
        os.truncate(self.report, 0)
        wall, user, sys_, rss_kb, status = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3]), \
            int(fields[4])
        if check and status != 0:
            detail = ''
            if stderr and os.path.exists(stderr):
                with open(stderr, errors='replace') as f:
                    detail = ': ' + f.read()[-400:].strip()
            raise StepFailed(f'`{" ".join(cmd)}` exited with status {status}{detail}')
        return Measured(wall, user, sys_, rss_kb * 1024, status)

    def close(self):
        os.unlink(self.report)


def disk_bytes(path):
    """Bytes of the files under `path`, as `du -sb` counts them (apparent sizes)."""
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for folder, dirs, files in os.walk(path):
        total += os.lstat(folder).st_size
        for name in files:
            total += os.lstat(os.path.join(folder, name)).st_size
    return total


def percentile(values, fraction):
    """The nearest-rank percentile of `values` (fraction 0.5 is the median)."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = -(-round(fraction * len(ordered) * 1e6) // 1000000)  # ceil, without float surprises
    return ordered[min(len(ordered), max(1, rank)) - 1]
