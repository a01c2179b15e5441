#!/usr/bin/env python3
"""How long `checker interview` takes to start: from the command to the
first question on the screen (copies made, screen drawn), and on to that
question's first verdict. Runs in a real pseudo-terminal on a clean clone of
the repository, so the learner's files and history are never touched; the
build cache is the repository's own target directory (warm after run 1).

    python3 checker/scripts/bench_interview_start.py [--runs 7]

Prints each run and the medians of the warm runs (every run after the first).
"""

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)")
HEADER = "Interview · question 1 of"
COMMAND = ["interview", "--questions", "4", "--minutes", "5", "--seed", "1"]
VERDICT = re.compile(r"[✗✓] [a-z ,']+?\s+\d+ ms")


def one_run(checker, clone, env):
    """Seconds to the header and to the first verdict."""
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(clone)
        os.execve(checker, [checker, *COMMAND], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    on_screen = verdict = None
    deadline = start + 120
    while verdict is None and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
        text = ANSI.sub(b"", seen).decode("utf-8", "replace")
        now = time.monotonic() - start
        if on_screen is None and HEADER in text:
            on_screen = now
        if on_screen is not None and VERDICT.search(text):
            verdict = now
    os.write(fd, b"q")
    # Drain until the interview has printed its report and exited.
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    if on_screen is None or verdict is None:
        sys.exit(f"run failed; the output ended with:\n{ANSI.sub(b'', seen)[-2000:].decode('utf-8', 'replace')}")
    return on_screen, verdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True
    ).stdout.strip()
    subprocess.run(["cargo", "build", "-q", "-p", "checker"], cwd=root, check=True)
    checker = os.path.join(root, "target", "debug", "checker")
    clone = tempfile.mkdtemp(prefix="bench-interview-")
    try:
        subprocess.run(["git", "clone", "-q", root, clone], check=True)
        env = dict(os.environ, TERM="xterm-256color", CARGO_TARGET_DIR=os.path.join(root, "target"))
        plan = subprocess.run(
            [checker, "interview", "--dry-run", *COMMAND[1:]],
            cwd=clone, env=env, capture_output=True, text=True, check=True,
        ).stdout
        print(plan.strip())
        results = []
        for run in range(1, args.runs + 1):
            # No history: every run asks the same questions.
            shutil.rmtree(os.path.join(clone, ".checker"), ignore_errors=True)
            on_screen, verdict = one_run(checker, clone, env)
            results.append((on_screen, verdict))
            label = "cold" if run == 1 else "warm"
            print(f"run {run} ({label}): question on screen {on_screen * 1000:.0f} ms, first verdict {verdict * 1000:.0f} ms")
        warm = results[1:] or results
        print(
            f"median of {len(warm)} warm runs: question on screen "
            f"{statistics.median(r[0] for r in warm) * 1000:.0f} ms, "
            f"first verdict {statistics.median(r[1] for r in warm) * 1000:.0f} ms"
        )
    finally:
        shutil.rmtree(clone, ignore_errors=True)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    main()
