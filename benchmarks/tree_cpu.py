#!/usr/bin/python3
"""Runs a command and prints the CPU seconds it and every process under it used: `tree_cpu.py OUT -- COMMAND...`
writes "WALL CPU PEAK_KB" to OUT (wall seconds, CPU seconds, the command's own peak resident memory) and exits with the
command's status.

Why not GNU time: it counts only the processes the command waited for, and the grader's sandboxed students are not
(bubblewrap's own init in the student's PID namespace reaps them, and dies with them), so their CPU, nearly all of a
grading's, was missing (15 s of user time for a class of 24 students). Here /proc is read every INTERVAL seconds: each
process under the command (by parent links, pid and start time telling a reused pid apart) keeps the most CPU it was
seen with. A lower bound: what a process used after its last sample is lost, at most INTERVAL of CPU per process on an
idle machine, more where the sampler itself waits for a core (a 1 s process measured 0.7 s at a load average of 10 on
2 cores).
"""
import os
import resource
import subprocess
import sys
import time

INTERVAL = 0.05
TICK = os.sysconf("SC_CLK_TCK")


def processes():
    """pid -> (ppid, start time, utime + stime in ticks) of every process now."""
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) "; comm may hold spaces
        out[int(name)] = (int(fields[1]), int(fields[19]), int(fields[11]) + int(fields[12]))
    return out


def main(out_path, command):
    start = time.monotonic()
    child = subprocess.Popen(command)
    seen = {}  # (pid, start time) -> the most CPU ticks seen
    while child.poll() is None:
        now = processes()
        under = {child.pid}
        grew = True
        while grew:  # every process whose parent chain reaches the command
            grew = False
            for pid, (ppid, _, _) in now.items():
                if ppid in under and pid not in under:
                    under.add(pid)
                    grew = True
        for pid in under:
            if pid in now:
                _, started, ticks = now[pid]
                seen[(pid, started)] = max(seen.get((pid, started), 0), ticks)
        time.sleep(INTERVAL)
    wall = time.monotonic() - start
    own = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out_path, "w") as f:
        f.write(f"{wall:.1f} {sum(seen.values()) / TICK:.1f} {own.ru_maxrss}\n")
    return child.returncode


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[3:]))
