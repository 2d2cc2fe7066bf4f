#!/usr/bin/env python3
"""Memory of the console at a P1-like load over a long run (issue 14, P5).

A separate simulator with --extensions extensions and its load mode (--load AMI events/s) runs; the console (the
built product, `./switchboard launch-foreground`, autologin) is connected to it through the settings saved in
--home, whose database holds the call records (1,000,000 for P5; see `./switchboard bench-memory`). Once the
tiles are painted, every --every seconds for --minutes minutes the harness samples from outside:

  RSS             VmRSS of the console's JVM from /proc/<pid>/status (what the operating system gives it)
  heap after GC   `jcmd <pid> GC.run`, then the used heap of `jcmd <pid> GC.heap_info` (live objects: a leak grows it)

and prints every sample, then the first, last, min and max of both, and the growth per 10 minutes from a
least-squares line through the heap samples after the first --settle minutes.
"""
import argparse
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import (IDLE_BGRX, ROOT, Screen, java_pid, load_average, rss_mb, simulator_command, stop,
                           wait_port)  # noqa: E402


def heap_after_gc_mb(pid, collect=True):
    if collect:
        subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=120)
    out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
    # G1: " garbage-first heap   total reserved 1048576K, committed 131072K, used 81234K [..."
    m = re.search(r"heap\s+total(?: reserved)? (\d+)K, committed (\d+)K, used (\d+)K", out)
    if m:
        return int(m.group(3)) / 1024, int(m.group(2)) / 1024
    # generational collectors (serial, parallel): one "total ..K, used ..K" line per generation, summed
    gens = re.findall(r"^\s*\S+(?: \S+)*?\s+total (\d+)K, used (\d+)K", out, re.M)
    if not gens:
        return None
    return sum(int(u) for _, u in gens) / 1024, sum(int(t) for t, _ in gens) / 1024


def slope_per_10min(points):
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(p[0] for p in points) / n
    my = sum(p[1] for p in points) / n
    sxx = sum((p[0] - mx) ** 2 for p in points)
    if sxx == 0:
        return 0.0
    return sum((p[0] - mx) * (p[1] - my) for p in points) / sxx * 10


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--home", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--port", type=int, default=15039)
    p.add_argument("--extensions", type=int, default=10000)
    p.add_argument("--load", type=int, default=1000)
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--every", type=float, default=60)
    p.add_argument("--settle", type=float, default=3, help="minutes left out of the growth line")
    p.add_argument("--autologin", default="demo:demo@1001")
    p.add_argument("--no-gc", action="store_true",
                   help="never force a full GC: RSS and heap as the console leaves them (the heap column is then the "
                        "used heap, live or not), to see the ceiling the collector reaches on its own")
    p.add_argument("--java-options", default="",
                   help="more JVM options for the console, e.g. -XX:NativeMemoryTracking=summary (its summary is "
                        "then saved at the end as native-memory.txt)")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    screen = Screen()

    simulator = subprocess.Popen(simulator_command("--port", str(args.port), "--extensions", str(args.extensions),
                                                   "--load", str(args.load)),
                                 stdout=open(args.out / "simulator.log", "w"), stderr=subprocess.STDOUT,
                                 start_new_session=True)
    console = None
    try:
        if not wait_port(args.port, 90):
            sys.exit(f"the simulator did not listen on {args.port}; see {args.out / 'simulator.log'}")
        env = dict(os.environ, SWITCHBOARD_HOME=str(args.home),
                   JAVA_TOOL_OPTIONS=f"-Dswitchboard.autologin={args.autologin} {args.java_options}".strip())
        console = subprocess.Popen([str(ROOT / "switchboard"), "launch-foreground"], env=env,
                                   stdout=open(args.out / "console.log", "w"), stderr=subprocess.STDOUT,
                                   start_new_session=True)
        t0 = time.monotonic()
        while screen.count(IDLE_BGRX) < 1500:
            if console.poll() is not None:
                sys.exit(f"the console ended (exit {console.returncode}); see {args.out / 'console.log'}")
            if time.monotonic() - t0 > 180:
                subprocess.run(["import", "-window", "root", str(args.out / "no-tiles.png")])
                sys.exit("no tiles after 180 s; see no-tiles.png")
            time.sleep(0.5)
        pid = java_pid(console.pid)
        print(f"tiles painted {time.monotonic() - t0:.1f} s after launch; console pid {pid}; sampling every "
              f"{args.every:.0f} s for {args.minutes:g} min", flush=True)
        subprocess.run(["import", "-window", "root", str(args.out / "under-load.png")])
        heap_label = "heap used, no GC forced" if args.no_gc else "heap after full GC"
        rss_label = "a moment later" if args.no_gc else "after GC"
        samples = []
        start = time.monotonic()
        n = 0
        while True:
            minute = (time.monotonic() - start) / 60
            rss = rss_mb(pid)
            heap = heap_after_gc_mb(pid, collect=not args.no_gc)
            rss_after = rss_mb(pid)
            load = load_average()
            if rss is None or heap is None:
                sys.exit("the console is gone")
            samples.append((minute, heap[0], rss))
            print(f"min {minute:5.1f}: RSS {rss} MB ({rss_label} {rss_after} MB) | {heap_label} {heap[0]:.0f} MB "
                  f"(committed {heap[1]:.0f} MB) | load {' '.join(load)}", flush=True)
            n += 1
            if minute >= args.minutes:
                break
            time.sleep(max(0, start + n * args.every - time.monotonic()))
        if "NativeMemoryTracking" in args.java_options:
            with open(args.out / "native-memory.txt", "w") as f:
                subprocess.run(["jcmd", str(pid), "VM.native_memory", "summary"], stdout=f, stderr=subprocess.STDOUT)
        heaps = [s[1] for s in samples]
        rsss = [s[2] for s in samples]
        settled = [(s[0], s[1]) for s in samples if s[0] >= args.settle]
        settled_rss = [(s[0], s[2]) for s in samples if s[0] >= args.settle]
        print(f"RSS: first {rsss[0]} MB, last {rsss[-1]} MB, min {min(rsss)} MB, max {max(rsss)} MB (target <= 400 MB)")
        print(f"{heap_label}: first {heaps[0]:.0f} MB, last {heaps[-1]:.0f} MB, min {min(heaps):.0f} MB, "
              f"max {max(heaps):.0f} MB")
        print(f"growth after minute {args.settle:g} (least squares): heap {slope_per_10min(settled):+.1f} MB per "
              f"10 min, RSS {slope_per_10min(settled_rss):+.1f} MB per 10 min")
        print("every heap sample (MB): " + ", ".join(f"{h:.0f}" for h in heaps))
        print("every RSS sample (MB):  " + ", ".join(str(r) for r in rsss))
        return 0
    finally:
        if console:
            stop(console)
        stop(simulator)


if __name__ == "__main__":
    sys.exit(main())
