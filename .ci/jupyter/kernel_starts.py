#!/usr/bin/env python3
"""Starts an installed Jupyter kernel N times in a row and counts the starts that hang.

    kernel_starts.py [--kernel java] [--timeout 30] [--code '1 + 1'] [--expect 2] N

Each start: launch the kernel (its stdout/stderr to a file), send ONE kernel_info_request and wait for
its reply, wait until iopub delivers (see iopub_connected), execute one tiny cell and wait for its result and for the kernel to go idle, then ask it to
shut down (with --interrupt, it also interrupts a sleeping cell first). Each wait is bounded by --timeout seconds; a start that misses any bound is a hang: it is
counted, its log is printed, and the kernel is killed. Nothing is retried: jupyter_client's
wait_for_ready() re-sends kernel_info_request every second, which would hide a dead shell channel that
answers only a later request; here one request must be answered.

The kernel's stderr is scanned for "Unhandled message" and for Java exceptions ("Exception", "Error:"
at a line start or after a colon, "SEVERE"). Prints

    N starts, H hangs, U 'Unhandled message' warnings, E starts with exceptions, F wrong results

and the time per start; exits 1 if H > 0 or F > 0, or (with --strict) if U > 0 or E > 0.
"""
import argparse
import os
import queue
import re
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

PROBLEM = re.compile(r"Unhandled message|Exception|SEVERE|^\S*Error\b|[\s:]Error:")


class Hang(Exception):
    pass


def reply_to(get, msg_id, deadline, what):
    """The first message from get() whose parent is msg_id; Hang at the deadline."""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise Hang(f"no {what} within the timeout")
        try:
            msg = get(timeout=left)
        except queue.Empty:
            raise Hang(f"no {what} within the timeout")
        if msg.get("parent_header", {}).get("msg_id") == msg_id:
            return msg


def wait_idle(kc, msg_id, deadline):
    """The text/plain result (or error) of request msg_id, once the kernel is idle after it."""
    result = None
    while True:
        msg = reply_to(kc.get_iopub_msg, msg_id, deadline, "idle status")
        kind, content = msg["msg_type"], msg["content"]
        if kind in ("execute_result", "display_data"):
            result = content.get("data", {}).get("text/plain")
        elif kind == "error":
            result = f"error {content.get('ename')}: {content.get('evalue')}"
        elif kind == "status" and content.get("execution_state") == "idle":
            return result


def iopub_connected(kc, deadline):
    """Waits until iopub delivers: a SUB socket receives only what is published after its subscription reaches
    the kernel (ZeroMQ's "slow joiner"), so a cell sent at once may have its busy/idle published to no one; the
    client cannot tell that from a hang. As jupyter_client does, re-send kernel_info_request until an iopub message
    arrives; unlike its wait_for_ready, every request must be answered on shell, so a dead shell channel that
    answers only a later request still counts as a hang."""
    while True:
        info_id = kc.kernel_info()
        reply_to(kc.get_shell_msg, info_id, deadline, "kernel_info_reply (iopub check)")
        try:
            kc.get_iopub_msg(timeout=0.2)
            break
        except queue.Empty:
            if time.monotonic() > deadline:
                raise Hang("no iopub message within the timeout")
    while True:  # drain what is left of the kernel_info requests' status messages
        try:
            kc.get_iopub_msg(timeout=0.05)
        except queue.Empty:
            return


def interrupt_check(km, kc, timeout):
    """Interrupts a sleeping cell: interrupt_reply on control, then the cell's reply and idle. Hang/None."""
    deadline = time.monotonic() + timeout
    exec_id = kc.execute("Thread.sleep(600000);", store_history=False)
    reply_to(kc.get_iopub_msg, exec_id, deadline, "execute_input of the sleeping cell")
    time.sleep(0.5)
    request = km.session.msg("interrupt_request", {})
    kc.control_channel.send(request)
    reply_to(kc.get_control_msg, request["header"]["msg_id"], deadline, "interrupt_reply on control")
    reply_to(kc.get_shell_msg, exec_id, deadline, "execute_reply of the interrupted cell")
    wait_idle(kc, exec_id, deadline)


def one_start(kernel, timeout, code, expect, log_path, interrupt=False):
    """(hang reason or None, wrong-result reason or None, seconds to first reply, shutdown seconds)."""
    km = KernelManager(kernel_name=kernel)
    t0 = time.monotonic()
    with open(log_path, "wb") as log:
        km.start_kernel(stdout=log, stderr=log)
    kc = km.blocking_client()
    kc.start_channels()
    ready = None
    try:
        try:
            deadline = time.monotonic() + timeout
            info_id = kc.kernel_info()
            info = reply_to(kc.get_shell_msg, info_id, deadline, "kernel_info_reply")
            ready = time.monotonic() - t0
            if info["msg_type"] != "kernel_info_reply" or info["content"].get("status", "ok") != "ok":
                return None, f"bad kernel_info reply: {info['msg_type']} {info['content']}", ready, 0.0

            iopub_connected(kc, time.monotonic() + timeout)

            deadline = time.monotonic() + timeout
            exec_id = kc.execute(code, store_history=False)
            reply = reply_to(kc.get_shell_msg, exec_id, deadline, "execute_reply")
            result = wait_idle(kc, exec_id, deadline)
            if reply["content"].get("status") != "ok" or (expect is not None and result != expect):
                return None, f"execute_reply {reply['content'].get('status')}, result {result!r}", ready, 0.0
            if interrupt:
                interrupt_check(km, kc, timeout)
        except Hang as h:
            return str(h), None, ready, 0.0
    finally:
        kc.stop_channels()
        t1 = time.monotonic()
        # After a hang: kill at once. Otherwise: shutdown_request, SIGKILL after jupyter_client's
        # shutdown_wait_time (5 s) -- nbclient does the same.
        km.shutdown_kernel(now=ready is None)
        shutdown = time.monotonic() - t1
    return None, None, ready, shutdown


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", type=int)
    p.add_argument("--kernel", default="java")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per wait (default 30)")
    p.add_argument("--code", default="1 + 1")
    p.add_argument("--expect", default="2", help="text/plain result expected ('' for any)")
    p.add_argument("--strict", action="store_true", help="also fail on warnings or exceptions in stderr")
    p.add_argument("--quiet", action="store_true", help="no line per start")
    p.add_argument("--interrupt", action="store_true",
                   help="also interrupt a sleeping cell in every start (interrupt_reply on control, then the "
                        "cell's reply and idle status)")
    a = p.parse_args()
    expect = a.expect if a.expect != "" else None

    hangs = wrong = unhandled = excepted = slow_shutdowns = 0
    ready_times = []
    t_all = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kernel-starts-") as tmp:
        for i in range(1, a.n + 1):
            log_path = os.path.join(tmp, f"start-{i}.log")
            hang, bad, ready, shutdown = one_start(a.kernel, a.timeout, a.code, expect, log_path, a.interrupt)
            with open(log_path, encoding="utf-8", errors="replace") as f:
                log = f.read()
            problems = [line for line in log.splitlines() if PROBLEM.search(line)]
            n_unhandled = sum("Unhandled message" in line for line in problems)
            unhandled += n_unhandled
            excepted += any("Unhandled message" not in line for line in problems)
            if ready is not None:
                ready_times.append(ready)
            slow_shutdowns += shutdown > 4.5
            status = "HANG " + hang if hang else ("WRONG " + bad if bad else "ok")
            hangs += bool(hang)
            wrong += bool(bad)
            if not a.quiet or hang or bad or problems:
                when = f"{ready:.2f} s to kernel_info_reply" if ready is not None else "no reply"
                print(f"start {i}/{a.n}: {status} ({when}, shutdown {shutdown:.2f} s)", flush=True)
            if hang or bad or problems:
                print("  kernel log:\n    " + "\n    ".join(log.splitlines()[-40:] or ["(empty)"]), flush=True)
    total = time.monotonic() - t_all
    print(f"{a.n} starts, {hangs} hangs, {unhandled} 'Unhandled message' warnings, "
          f"{excepted} starts with exceptions, {wrong} wrong results")
    if ready_times:
        ready_times.sort()
        print(f"time: {total:.0f} s in all, {total / a.n:.2f} s per start (start to kernel_info_reply: "
              f"median {ready_times[len(ready_times) // 2]:.2f} s, max {ready_times[-1]:.2f} s); "
              f"{slow_shutdowns} shutdowns needed the kill")
    failed = hangs or wrong or (a.strict and (unhandled or excepted))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
