"""What an edit costs under `qcode watch`, beside edits.sh's cold `qcode run`.

Usage (after `benchmarks/edits.sh CORPUS WORKDIR first`, which leaves WORKDIR/base/):

    python benchmarks/watch_edits.py WORKDIR [--edits 5]

Restores WORKDIR to the first run's state (as `edits.sh restore`), starts `qcode watch t
--out out --codebook cb.yaml --jobs 1` (QCODE: the command, default qcode on PATH), waits
until it is idle (its first run, then the engine it builds before the first edit), then
makes edits.sh's `coding` edit (an answer on a theme appended to one transcript: codings
are added) `--edits` times, each once watch is idle again. Each re-run's CPU is the one
watch prints (time.process_time around the run, in its process); the load average is taken
before each edit, watch's peak RSS at the end. Ends watch with Ctrl-C (SIGINT) and checks it exits with 130.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

EDIT = ("\nInterviewer: Why then?\n\nA: The bowiwon had started asking about my father, so we "
        "fled before they could arrest him.\n")
FILE = "t/bench-00007.txt"


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def wait_idle(pid: int) -> None:
    """Until the process has used under 0.05 s of CPU in a second (its polls use a little)."""
    last = cpu_ticks(pid)
    while True:
        time.sleep(1.0)
        now = cpu_ticks(pid)
        if now - last < os.sysconf("SC_CLK_TCK") // 20:
            return
        last = now


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    os.chdir(args.workdir)
    subprocess.run("rm -rf t out cb.yaml && cp -a base/t base/out base/cb.yaml .", shell=True,
                   check=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cmd = [os.environ.get("QCODE", "qcode"), "watch", "t", "--out", "out", "--codebook",
           "cb.yaml", "--jobs", "1", "--interval", "0.2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    lines = iter(proc.stdout.readline, "")
    print(next(lines).rstrip())  # "watching ..."
    print(next(lines).rstrip())  # run 1
    wait_idle(proc.pid)
    figures = []
    for _ in range(args.edits):
        load = Path("/proc/loadavg").read_text().split()[:3]
        with open(FILE, "a", encoding="utf-8") as f:
            f.write(EDIT)
        line = next(lines).rstrip()
        cpu = float(re.search(r"([\d.]+) s CPU", line).group(1))  # type: ignore[union-attr]
        figures.append(cpu)
        print(f"load {' '.join(load)}  {line}")
        wait_idle(proc.pid)
    peak = next(line for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                if line.startswith("VmHWM"))
    proc.send_signal(signal.SIGINT)
    status = proc.wait()
    print(f"edit adding codings under watch: median {statistics.median(figures):.2f} s CPU "
          f"({' / '.join(f'{c:.2f}' for c in figures)}); watch's {peak.split()[1]} kB peak RSS; "
          f"Ctrl-C -> exit {status}")
    sys.exit(0 if status == 130 else 1)


if __name__ == "__main__":
    main()
