#!/usr/bin/env python3
"""Start-up of the console measured from outside, as an operator sees it (issue 14, P3).

Starts the built product the way `./switchboard run` does (`./switchboard launch-foreground`: the JDK check, then
`java -jar` the Equinox launcher) on the X display of $DISPLAY (run it under Xvfb), and watches the screen only:

  launch -> login window   the login dialog's window is mapped (xdotool search --onlyvisible --name)
  Enter  -> tiles          the password (and in simulator mode the account and extension) is typed with xdotool,
                           then Enter; the clock stops when the screen shows painted extension tiles: at least
                           --tile-pixels pixels of the idle tiles' colour (Palette.IDLE, #2e9d5b), read with
                           XGetImage on the root window every --poll seconds.

Every start is reported, then min / median / max, so that a stall shows. When a start exceeds --stall seconds the
harness takes thread dumps (`jcmd <pid> Thread.print`) every 2 s into --out until the tiles show.

With --against TREE (another source tree, e.g. a worktree of the commit before a change, its product built) the
starts of this tree's product and of TREE's alternate in one run (A B B A ...), each with a home of its own, and the
median of the paired differences is printed too: on a shared machine whose load drifts, only that compares.

Two modes:
  demo       the console's demo mode (bundled simulator, demo-db in --home); one warm-up start first, not counted,
             so that the demo database is warm.
  simulator  a separate simulator (`./switchboard simulator --extensions N`) started here on --port; the console in
             --home must have been configured for it (see --configure).
"""
import argparse
import re
import ctypes
import ctypes.util
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IDLE_BGRX = bytes([0x5b, 0x9d, 0x2e])  # Palette.IDLE #2e9d5b as the 32-bit ZPixmap stores it (B, G, R, pad)
LOGIN_TITLE = "Operator Login"
PRODUCT = ROOT / "releng/org.switchboard.product/target/products/org.switchboard.product/linux/gtk/x86_64/switchboard"


def simulator_command(*args):
    """`./switchboard simulator` without its build check: a build must never replace the product under a run."""
    jar = sorted((PRODUCT / "plugins").glob("org.switchboard.pbx.simulator_*.jar"))[-1]
    java = Path(os.environ.get("JAVA_HOME", "/usr")) / "bin" / "java"
    return [str(java), "-cp", str(jar), "org.switchboard.pbx.simulator.SimulatorMain", *args]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class XTextProperty(ctypes.Structure):
    _fields_ = [("value", ctypes.c_void_p), ("encoding", ctypes.c_ulong), ("format", ctypes.c_int),
                ("nitems", ctypes.c_ulong)]


class Screen:
    """The root window's pixels through Xlib (ctypes): a grab costs a few milliseconds, unlike `import`."""

    ZPIXMAP = 2

    def __init__(self):
        x11 = ctypes.util.find_library("X11")
        if not x11:
            sys.exit("libX11 is missing (apt-get install libx11-6)")
        self.x = ctypes.cdll.LoadLibrary(x11)
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XGetImage.restype = ctypes.c_void_p
        self.x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                     ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.dpy = self.x.XOpenDisplay(None)
        if not self.dpy:
            sys.exit("cannot open the display " + os.environ.get("DISPLAY", "(unset)"))
        self.root = self.x.XDefaultRootWindow(self.dpy)
        self.x.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.width = self.x.XDisplayWidth(self.dpy, 0)
        self.height = self.x.XDisplayHeight(self.dpy, 0)
        self.top_left = (0, 0, self.width // 2, self.height // 2)
        self.x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                      ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                      ctypes.POINTER(ctypes.c_uint)]
        self.x.XGetWMName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self.x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self.x.XFree.argtypes = [ctypes.c_void_p]

    def visible_window(self, title):
        """The id (as xdotool prints it) of a mapped top-level window whose name contains title, or None. Asked of
        the X server in this process: an xdotool process every 20 ms took about 15 % of a core while the console
        started."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self.x.XQueryTree(self.dpy, self.root, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children),
                                 ctypes.byref(count)):
            return None
        found = None
        attributes = XWindowAttributes()
        try:
            for i in range(count.value):
                window = children[i]
                if not self.x.XGetWindowAttributes(self.dpy, window, ctypes.byref(attributes)):
                    continue
                if attributes.map_state != 2:  # IsViewable
                    continue
                # WM_NAME as GTK sets it (UTF8_STRING or COMPOUND_TEXT: an ASCII title is there as it is)
                name = XTextProperty()
                if self.x.XGetWMName(self.dpy, window, ctypes.byref(name)) and name.value:
                    matches = title.encode() in ctypes.string_at(name.value, name.nitems)
                    self.x.XFree(name.value)
                    if matches:
                        found = str(window)
        finally:
            if children:
                self.x.XFree(children)
        return found

    def count(self, pattern, region=None, enough=None):
        """How many pixels of the screen, or of region (x, y, width, height), have the colour (pattern = the pixel's
        first three bytes); counting stops at enough."""
        x, y, width, height = region or (0, 0, self.width, self.height)
        img = self.x.XGetImage(self.dpy, self.root, x, y, width, height, 0xFFFFFFFF, self.ZPIXMAP)
        if not img:
            return 0
        # XImage: width, height, xoffset, format, char *data, ... bytes_per_line at a fixed offset
        class XImage(ctypes.Structure):
            _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                        ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                        ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                        ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                        ("bits_per_pixel", ctypes.c_int)]
        image = XImage.from_address(img)
        size = image.bytes_per_line * image.height
        data = ctypes.string_at(image.data, size)
        # XDestroyImage is a macro: free the data and the structure ourselves
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        libc.free.argtypes = [ctypes.c_void_p]
        libc.free(image.data)
        libc.free(img)
        n = 0
        start = 0
        while True:
            i = data.find(pattern, start)
            if i < 0:
                return n
            if i % 4 == 0:
                n += 1
                if enough is not None and n >= enough:
                    return n
            start = i + 1


def xdotool(*args, check=False):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, check=check).stdout.strip()


def login_window(screen):
    return screen.visible_window(LOGIN_TITLE)


def load_average():
    return open("/proc/loadavg").read().split()[:3]


def rss_mb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def java_pid(launcher_pid):
    """The console's JVM: `launch` execs java, so it is the launcher's own pid once the exec happened."""
    try:
        exe = os.readlink(f"/proc/{launcher_pid}/exe")
        return launcher_pid if exe.endswith("/java") else None
    except OSError:
        return None


def stat_cpu(path):
    """(name, CPU seconds: user + system) of a /proc/.../stat file, or None when it is gone."""
    try:
        stat = open(path).read()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    return stat[stat.index("(") + 1:stat.rindex(")")], (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_cpu(pid):
    """CPU seconds used so far by the whole process, threads that have ended included."""
    found = stat_cpu(f"/proc/{pid}/stat")
    return found[1] if found else 0.0


def thread_cpu(pid):
    """CPU seconds used so far by each live thread of the process, by thread name (threads of one name added up)."""
    cpu = {}
    for tid in tasks(pid):
        found = stat_cpu(f"/proc/{pid}/task/{tid}/stat")
        if found is None:
            continue
        name, seconds = found
        name = re.sub(r"[-#\s]*\d+$", "", name) or name  # "C2 CompilerThre0", "pool-1-thread-3" -> one entry
        cpu[name] = cpu.get(name, 0.0) + seconds
    return cpu


def tasks(pid):
    """The ids of the process's live threads (none when it has gone)."""
    try:
        return os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []


def sched_times(pid):
    """Per live thread: tid -> (seconds on a CPU, seconds runnable but waiting for a CPU), from schedstat."""
    times = {}
    for tid in tasks(pid):
        try:
            on_cpu, waiting = open(f"/proc/{pid}/task/{tid}/schedstat").read().split()[:2]
        except (OSError, ValueError):
            continue
        times[tid] = (int(on_cpu) / 1e9, int(waiting) / 1e9)
    return times


def ui_thread_split(before, after, seconds):
    """How the UI thread spent `seconds` between two sched_times snapshots. It is the JVM's main thread, which the java
    launcher starts as the process's second thread (named "java" by the launcher, the first one only waits for it)."""
    for tid, (cpu, waiting) in sorted(after.items(), key=lambda e: int(e[0]))[1:2]:
        if tid in before:
            cpu -= before[tid][0]
            waiting -= before[tid][1]
            return (f"UI thread from Enter to the tiles ({seconds:.2f} s): on a CPU {cpu:.2f} s, runnable but "
                    f"waiting for a CPU {waiting:.2f} s, blocked or idle {seconds - cpu - waiting:.2f} s\n")
    return "UI thread not found\n"


def dump_threads(pid, out, tag):
    path = out / f"{tag}.txt"
    with open(path, "w") as f:
        subprocess.run(["jcmd", str(pid), "Thread.print", "-l"], stdout=f, stderr=subprocess.STDOUT, timeout=20)
    return path


def wait_port(port, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(64):
                    return True
        except OSError:
            time.sleep(0.2)
    return False


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


PREFS = Path("workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.switchboard.app.prefs")


def wait_for(predicate, seconds, step=0.1):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def configure(home, port, database, out, screen, root=ROOT):
    """Prepares --home for a separate simulator, as an operator would, once.

    1. With only the database folder set (a plain preference) the console is still in demo mode, which creates the
       demo operator (demo / demo, extension 1001) in that database: started once with autologin.
    2. The login dialog's Advanced settings get the simulator's address, user and secret (typed with xdotool: the
       secret lives in secure storage, which only the console can write) and are saved.
    """
    prefs = home / PREFS
    prefs.parent.mkdir(parents=True, exist_ok=True)
    lines = [l for l in (prefs.read_text().splitlines() if prefs.exists() else [])
             if not l.startswith(("db.location=", "ami.host=") if database else "ami.host=")]
    lines += ["eclipse.preferences.version=1", f"db.location={database}"] if database else []
    prefs.write_text("\n".join(dict.fromkeys(lines)) + "\n")
    env = dict(os.environ, SWITCHBOARD_HOME=str(home))
    if database:
        env1 = dict(env, JAVA_TOOL_OPTIONS="-Dswitchboard.autologin=demo:demo@1001")
        proc = subprocess.Popen([str(root / "switchboard"), "launch-foreground"], env=env1,
                                stdout=open(out / "configure-1.log", "w"), stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            if not wait_for(lambda: screen.count(IDLE_BGRX) >= 500, 300, 0.5):
                subprocess.run(["import", "-window", "root", str(out / "configure-1.png")])
                sys.exit("configure: the demo start on the database showed no tiles (configure-1.png)")
        finally:
            stop(proc)
    env.pop("JAVA_TOOL_OPTIONS", None)
    proc = subprocess.Popen([str(root / "switchboard"), "launch-foreground"], env=env,
                            stdout=open(out / "configure-2.log", "w"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        w = wait_for(lambda: login_window(screen), 120)
        if not w:
            sys.exit("configure: no login window")
        time.sleep(1)
        xdotool("windowfocus", "--sync", w)
        # the Advanced settings link is not in GTK's Tab order: click it, 85 px above the dialog's bottom edge
        geometry = dict(l.split("=") for l in xdotool("getwindowgeometry", "--shell", w).splitlines())
        xdotool("mousemove", "--window", w, "60", str(int(geometry["HEIGHT"]) - 85), "click", "1")
        s = wait_for(lambda: xdotool("search", "--onlyvisible", "--name", "Advanced Settings"), 20)
        if not s:
            subprocess.run(["import", "-window", "root", str(out / "configure-2.png")])
            sys.exit("configure: the Advanced settings did not open (configure-2.png)")
        s = s.splitlines()[0]
        time.sleep(0.5)
        xdotool("windowfocus", "--sync", s)
        xdotool("type", "--delay", "5", "127.0.0.1")
        xdotool("key", "Tab", "ctrl+a")
        xdotool("type", "--delay", "5", str(port))
        xdotool("key", "Tab", "ctrl+a")
        xdotool("type", "--delay", "5", "console")
        xdotool("key", "Tab", "ctrl+a")
        xdotool("type", "--delay", "5", "console")
        xdotool("key", "Return")
        # Eclipse rewrites the file (it is missing for a moment)
        if not wait_for(lambda: prefs.exists() and "ami.host=127.0.0.1" in prefs.read_text(errors="replace"), 20):
            subprocess.run(["import", "-window", "root", str(out / "configure-3.png")])
            sys.exit("configure: the settings were not saved (configure-3.png)")
        print(f"configured {home}: simulator 127.0.0.1:{port}" + (f", database {database}" if database else ""))
    finally:
        stop(proc)


def one_start(args, screen, env, run, out, root=ROOT, label=""):
    """One start: returns (login window s, Enter -> tiles s, launch -> tiles s, dumps taken)."""
    log = open(out / f"start-{label}{run:02d}.log", "w")
    t0 = time.monotonic()
    proc = subprocess.Popen([str(root / "switchboard"), "launch-foreground", *args.console_args], env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    dumps = []
    next_dump = t0 + args.stall
    t_login = t_enter = t_tiles = None
    sched_at_enter, cpu_at_enter = {}, 0.0
    marks = [("launch", time.time())]  # wall-clock times, to set beside the console's own start-up lines
    try:
        while time.monotonic() - t0 < args.timeout:
            now = time.monotonic()
            if now >= next_dump:
                pid = java_pid(proc.pid)
                if pid:
                    dumps.append(dump_threads(pid, out, f"start-{label}{run:02d}-{now - t0:05.1f}s"))
                next_dump = now + 2
            if proc.poll() is not None:
                raise RuntimeError(f"the console ended (exit {proc.returncode}); see {log.name}")
            if t_login is None:
                w = login_window(screen)
                if w:
                    t_login = time.monotonic()
                    marks.append(("login window seen", time.time()))
                    # keys sent to a dialog that has just been mapped can be lost: wait for its focus, then let GTK
                    # settle (outside both measured spans: the login window is seen, Enter is not sent yet)
                    xdotool("windowfocus", "--sync", w)
                    wait_for(lambda: xdotool("getwindowfocus") == w, 2, 0.02)
                    time.sleep(0.3 + args.think)
                    if args.mode == "simulator":
                        xdotool("key", "ctrl+a")
                        xdotool("type", "--delay", "1", args.account)
                        xdotool("key", "Tab")
                    xdotool("type", "--delay", "1", args.password)
                    if args.mode == "simulator":
                        xdotool("key", "Tab")
                        xdotool("type", "--delay", "1", args.extension)
                    xdotool("key", "Return")
                    t_enter = time.monotonic()
                    marks.append(("Enter sent", time.time()))
                    if args.thread_cpu:
                        sched_at_enter = sched_times(java_pid(proc.pid) or proc.pid)
                        cpu_at_enter = process_cpu(java_pid(proc.pid) or proc.pid)
                    next_dump = max(next_dump, t_enter + args.stall)
                else:
                    time.sleep(0.02)
                continue
            # the tiles start at the main window's top left: reading that quarter of the screen costs the harness a
            # quarter of the CPU of reading all of it (13 ms a read, every 30 ms, on the cores the console needs)
            if screen.count(IDLE_BGRX, screen.top_left, args.tile_pixels) >= args.tile_pixels:
                t_tiles = time.monotonic()
                marks.append(("tiles seen", time.time()))
                break
            time.sleep(args.poll)
        if t_tiles is None:
            pid = java_pid(proc.pid)
            if pid:
                dumps.append(dump_threads(pid, out, f"start-{label}{run:02d}-timeout"))
            subprocess.run(["import", "-window", "root", str(out / f"start-{label}{run:02d}-timeout.png")], check=False)
            raise RuntimeError(f"no tiles within {args.timeout} s (login window: {t_login is not None})")
        if run == 1 and args.screenshot:
            subprocess.run(["import", "-window", "root", str(out / "first-start.png")], check=False)
        rss = rss_mb(java_pid(proc.pid) or proc.pid)
        if args.thread_cpu:
            pid = java_pid(proc.pid) or proc.pid
            cpu = thread_cpu(pid)
            split = ui_thread_split(sched_at_enter, sched_times(pid), t_tiles - t_enter)
            process_after_enter = process_cpu(pid) - cpu_at_enter
            with open(out / f"start-{label}{run:02d}-cpu.txt", "w") as f:
                f.write(f"CPU seconds per thread at the tiles ({t_tiles - t0:.2f} s after launch): live threads "
                        f"{sum(cpu.values()):.2f} s, the process with its ended threads {process_cpu(pid):.2f} s\n")
                f.write(split)
                f.write(f"the whole process from Enter to the tiles: {process_after_enter:.2f} s of CPU\n")
                for name, seconds in sorted(cpu.items(), key=lambda e: -e[1]):
                    f.write(f"{seconds:7.2f}  {name}\n")
        return t_login - t0, t_tiles - t_enter, t_tiles - t0, dumps, rss
    finally:
        stop(proc)
        log.close()
        with open(out / f"start-{label}{run:02d}-marks.txt", "w") as f:
            for what, when in marks:
                f.write(time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(when)) + f".{int(when % 1 * 1000):03d} {what}\n")


def summary(name, values, target):
    v = sorted(values)
    return (f"{name}: min {v[0]:.2f} s, median {statistics.median(v):.2f} s, max {v[-1]:.2f} s"
            + (f" (target <= {target} s)" if target else ""))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mode", choices=["demo", "simulator"], default="demo")
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--home", type=Path, required=True, help="SWITCHBOARD_HOME of the measured console")
    p.add_argument("--out", type=Path, required=True, help="folder for logs, thread dumps, the result")
    p.add_argument("--port", type=int, default=15038, help="simulator mode: the simulator's AMI port")
    p.add_argument("--extensions", type=int, default=10000)
    p.add_argument("--account", default="demo")
    p.add_argument("--password", default="demo")
    p.add_argument("--extension", default="1001")
    p.add_argument("--think", type=float, default=0.0,
                   help="seconds more between the login window and the first key (an operator reading the dialog and "
                        "typing); 0: the keys at once, the worst case")
    p.add_argument("--stall", type=float, default=12.0, help="take thread dumps when a start exceeds this")
    p.add_argument("--timeout", type=float, default=180.0)
    p.add_argument("--poll", type=float, default=0.03)
    p.add_argument("--tile-pixels", type=int, default=1500)
    p.add_argument("--no-warmup", action="store_true")
    p.add_argument("--thread-cpu", action="store_true",
                   help="write each start's CPU per thread at the tiles (start-NN-cpu.txt in --out)")
    p.add_argument("--screenshot", action="store_true", help="save the screen at the first start's tiles")
    p.add_argument("--configure", action="store_true",
                   help="first prepare --home for the simulator on --port (demo operator, saved settings)")
    p.add_argument("--configure-only", action="store_true", help="only prepare --home, measure nothing")
    p.add_argument("--database", default="", help="with --configure: the database folder to use")
    p.add_argument("--against", type=Path, default=None,
                   help="another source tree with its product built (e.g. a worktree of the commit before a change): "
                        "its starts alternate with this tree's, in one run, and both are reported")
    p.add_argument("--against-home", type=Path, default=None, help="with --against: its SWITCHBOARD_HOME")
    p.add_argument("--java-options", default=None,
                   help="JVM options of this tree's console ($SWITCHBOARD_JAVA_OPTIONS, after the launcher's own)")
    p.add_argument("--against-java-options", default=None,
                   help="with --against: JVM options of its console; --against . with two option sets compares them")
    p.add_argument("console_args", nargs="*", help="after --: arguments for the console (e.g. -nl zh_CN)")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    args.home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SWITCHBOARD_HOME=str(args.home))
    env.pop("JAVA_TOOL_OPTIONS", None)  # no autologin: the harness types like an operator
    against_env = dict(env)
    if args.java_options is not None:
        env["SWITCHBOARD_JAVA_OPTIONS"] = args.java_options
    if args.against_java_options is not None:
        against_env["SWITCHBOARD_JAVA_OPTIONS"] = args.against_java_options
    screen = Screen()
    if args.configure or args.configure_only:
        configure(args.home, args.port, args.database, args.out, screen)
        if args.configure_only:
            return 0

    simulator = None
    if args.mode == "simulator":
        simulator = subprocess.Popen(simulator_command("--port", str(args.port), "--extensions", str(args.extensions)),
                                     stdout=open(args.out / "simulator.log", "w"), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        if not wait_port(args.port, 60):
            stop(simulator)
            sys.exit(f"the simulator did not listen on {args.port}; see {args.out / 'simulator.log'}")

    # the products measured: this tree's, and with --against another tree's, started alternately (ABBA order) so
    # that a machine getting busier or quieter during the run weighs on both alike
    products = [("this", ROOT, env)]
    if args.against:
        home2 = args.against_home or args.home.with_name(args.home.name + "-against")
        home2.mkdir(parents=True, exist_ok=True)
        if args.mode == "simulator" and not (home2 / PREFS).exists():
            configure(home2, args.port, str(home2 / "db"), args.out, screen, root=args.against)
        products.append(("against", args.against.resolve(), dict(against_env, SWITCHBOARD_HOME=str(home2))))
    results = {label: [] for label, _, _ in products}
    failures = []
    try:
        if not args.no_warmup:
            for label, root, penv in products:
                print(f"warm-up start of {label} (not counted) ...", flush=True)
                try:
                    one_start(args, screen, penv, 0, args.out, root, label + "-")
                except RuntimeError as e:
                    print(f"  warm-up failed: {e}", flush=True)
        for run in range(1, args.runs + 1):
            order = products if run % 2 == 1 or len(products) == 1 else list(reversed(products))
            for label, root, penv in order:
                load = load_average()
                name = f"{label} " if len(products) > 1 else ""
                try:
                    login, tiles, total, dumps, rss = one_start(args, screen, penv, run, args.out, root,
                                                                label + "-" if len(products) > 1 else "")
                    results[label].append((login, tiles, total))
                    print(f"start {run:2d} {name}: login window {login:5.2f} s | Enter -> tiles {tiles:5.2f} s | "
                          f"launch -> tiles (incl. typing) {total:5.2f} s | RSS {rss} MB | load {' '.join(load)}"
                          + (f" | {len(dumps)} thread dumps" if dumps else ""), flush=True)
                except RuntimeError as e:
                    failures.append(f"{name}{run}")
                    print(f"start {run:2d} {name}: FAILED: {e} | load {' '.join(load)}", flush=True)
    finally:
        if simulator:
            stop(simulator)

    for label, root, _ in products:
        rs = results[label]
        if not rs:
            continue
        if len(products) > 1:
            print(f"== {label}: {root}")
        print(summary("launch -> login window", [r[0] for r in rs], 2))
        print(summary("Enter -> painted tiles", [r[1] for r in rs], 1.5))
        print(summary("launch -> painted tiles", [r[2] for r in rs], None))
        print("every start, launch -> login window: " + ", ".join(f"{r[0]:.2f}" for r in rs))
        print("every start, Enter -> tiles:         " + ", ".join(f"{r[1]:.2f}" for r in rs))
    if len(products) > 1 and all(results.values()):
        pairs = list(zip(results["this"], results["against"]))
        for i, what in ((0, "launch -> login window"), (1, "Enter -> painted tiles")):
            d = statistics.median(a[i] - b[i] for a, b in pairs)
            print(f"{what}, this minus against, median of the {len(pairs)} pairs: {d:+.2f} s")
    measured = sum(len(r) for r in results.values())
    print(f"{measured} of {args.runs * len(products)} starts measured" + (f"; failed: {failures}" if failures else ""))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
