"""Archive of record export vs. a plain copy of the same bytes, side by side in one run.

    .venv/bin/python benchmarks/bench_record.py [--posts 100000] [--media 5000] [--media-kib 0]

A synthetic archive is generated in a temporary folder (``--media-kib`` pads every media file to
that size so the copy weighs like a real account's photos; 0 keeps the generator's tiny images).
Each measurement runs in a fresh subprocess, which prints its wall time and its peak resident
memory (``ru_maxrss``), clocks started after the modules are imported (the app has them loaded):

- import: ``import_archive`` alone (the reader's share of the export's time and memory);
- floor: a plain copy of the same bytes — the zip copied with ``shutil.copyfile`` and the media
  members written out of the zip with ``shutil.copyfileobj``; nothing hashed, nothing generated;
- export: ``export_record`` from the zip (its import included): byte copy + SHA-256 of
  everything, HTML pages, CSV, JSON, PDF note, manifests, temp folder and rename;
- verify: the full re-hash of the folder (the gate's default), and the quick check (``full=False``);
- GUI stall: the export in a worker thread while a 5 ms heartbeat runs in the main thread (what
  the GUI thread would feel through the GIL; the page's progress signals are throttled).

The ratio export / floor is printed: the price of hashing and of writing the copies.

Also printed: the size of the HTML copy and of its search data (``data/html/recherche/``), and,
when ``chromium`` is installed, the offline search in headless Chromium from ``file://``: the
time to load and fold every month's data file (once per page), then the time of each query
(figures the page's script writes on its form, read back with ``--dump-dom``), beside the wall
time of the whole browser run (start-up included).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

CHILD = r"""
import json, os, resource, shutil, sys, threading, time, zipfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
mode, archive, out = sys.argv[1], sys.argv[2], sys.argv[3]
if mode != "floor":
    from exitplanner.record import export_record, verify
    from exitplanner.record.note_pdf import ensure_gui_app
    ensure_gui_app()
extra = {}
start = time.perf_counter()
if mode == "floor":
    os.makedirs(out)
    shutil.copyfile(archive, os.path.join(out, os.path.basename(archive)))
    with zipfile.ZipFile(archive) as zipped:
        for info in zipped.infolist():
            if "_media/" in info.filename and not info.is_dir():
                target = os.path.join(out, "media", info.filename.rsplit("/", 1)[-1])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zipped.open(info) as source, open(target, "wb") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
elif mode == "import":
    from exitplanner.xarchive import import_archive
    extra = {"posts": len(import_archive(archive).posts)}
elif mode == "export":
    result = export_record(archive, out, producer="Ville de Villeneuve-sur-Exemple")
    extra = {"posts": result.posts, "media": result.media_files, "payload_bytes": result.payload_bytes,
             "files": result.payload_files}
elif mode == "verify":
    report = verify(out)
    assert report.ok, report.problems()[:3]
    quick_start = time.perf_counter()
    quick = verify(out, payload=False)
    assert quick.ok
    extra = {"quick_seconds": time.perf_counter() - quick_start, "bytes": report.bytes_checked}
    start += 0  # the full check is timed below, the quick one excluded
    elapsed_full = quick_start - start
else:  # "stall": the export in a worker thread, a heartbeat here
    done = threading.Event()
    def work():
        try:
            export_record(archive, out)
        finally:
            done.set()
    from measure import worst_stall  # benchmarks/ is on PYTHONPATH (run_child)
    idle_until = time.perf_counter() + 1.0
    idle = worst_stall(lambda: time.perf_counter() < idle_until)
    start = time.perf_counter()
    threading.Thread(target=work).start()
    extra = {"stall_ms": 1000 * worst_stall(lambda: not done.is_set()), "idle_ms": 1000 * idle}
seconds = time.perf_counter() - start
if mode == "verify":
    seconds = elapsed_full
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:  # VmHWM is this process's own peak (ru_maxrss can carry the forking parent's on Linux)
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
except (OSError, StopIteration):
    pass
print(json.dumps({"seconds": seconds, "peak_mb": peak, **extra}))
"""


def child(mode: str, archive: Path, out: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(archive), str(out)],
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent)})
    if done.returncode:
        raise SystemExit(f"{mode} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def pad_media(archive: Path, kib: int) -> Path:
    """Rewrite the zip with every media member padded to ``kib`` KiB (stored, like X's photos)."""
    padded = archive.with_name("padded.zip")
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(padded, "w", allowZip64=True) as target:
        for info in source.infolist():
            data = source.read(info)
            if "_media/" in info.filename:
                data = data + bytes(max(0, kib * 1024 - len(data)))
                target.writestr(info, data, compress_type=zipfile.ZIP_STORED)
            else:
                target.writestr(info, data)
    archive.unlink()
    padded.rename(archive)
    return archive


QUERIES = ["conseil", "ecole jules-ferry", "travaux voirie rue", "introuvablexyz"]


def browser_search(index: Path, query: str, profile: Path) -> dict | None:
    """One query in headless Chromium: the script's own load and search times, the run's wall time.

    Real time (no ``--virtual-time-budget``): with ``?q=`` the script adds the data files before
    the page's load event, which waits for them, so ``--dump-dom`` shows the finished results.
    """
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return None
    from urllib.parse import quote

    started = time.perf_counter()
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--dump-dom",
         index.as_uri() + "?q=" + quote(query)], capture_output=True, text=True, timeout=300, check=False)
    wall = time.perf_counter() - started
    shutil.rmtree(profile, ignore_errors=True)
    load = re.search(r'data-chargement-ms="(\d+)"', done.stdout)
    search = re.search(r'data-duree-ms="(\d+)"', done.stdout)
    status = re.search(r'id="recherche-etat"[^>]*>([^<]*)<', done.stdout)
    if not (load and search):
        return {"error": done.stderr[-300:]}
    return {"load_ms": int(load.group(1)), "search_ms": int(search.group(1)), "wall_s": wall,
            "status": status.group(1).replace("&nbsp;", " ") if status else ""}


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--media", type=int, default=5_000)
    parser.add_argument("--media-kib", type=int, default=0)
    args = parser.parse_args()
    from exitplanner.xarchive import generate_archive

    with tempfile.TemporaryDirectory(prefix="bench-record-") as folder:
        base = Path(folder)
        started = time.perf_counter()
        archive = generate_archive(base / "twitter-archive.zip", args.posts, media=args.media, parts=4,
                                   seed=1).path
        if args.media_kib:
            pad_media(archive, args.media_kib)
        size = archive.stat().st_size / 2**20
        print(f"generated {args.posts} posts, {args.media} media files: {size:.1f} MiB zip "
              f"in {time.perf_counter() - started:.1f} s")
        floor = child("floor", archive, base / "floor")
        shutil.rmtree(base / "floor")
        imported = child("import", archive, base / "unused")
        export = child("export", archive, base / "record")
        verified = child("verify", archive, base / "record")
        payload = folder_size(base / "record")
        html_bytes = folder_size(base / "record" / "data" / "html")
        search_dir = base / "record" / "data" / "html" / "recherche"
        search_bytes = folder_size(search_dir)
        search_files = len(list(search_dir.glob("*.js")))
        posts_json = (base / "record" / "data" / "posts.json").stat().st_size
        searches = [(query, browser_search(base / "record" / "data" / "index.html", query,
                                           base / f"profile-{n}")) for n, query in enumerate(QUERIES)]
        shutil.rmtree(base / "record")
        stall = child("stall", archive, base / "stall")
        print(f"floor  (plain copy of zip + media):   {floor['seconds']:6.2f} s   "
              f"peak {floor['peak_mb']:6.0f} MB")
        print(f"export (import + archive of record):  {export['seconds']:6.2f} s   "
              f"peak {export['peak_mb']:6.0f} MB"
              f"   ({export['posts']} posts, {export['media']} media, {export['files']} files, "
              f"{payload / 2**20:.1f} MiB)")
        print(f"of which the import alone:           {imported['seconds']:6.2f} s   "
              f"peak {imported['peak_mb']:6.0f} MB (the reader's share, issue 3)")
        print(f"ratio export / floor: {export['seconds'] / floor['seconds']:.1f}x time, "
              f"{export['peak_mb'] / floor['peak_mb']:.1f}x peak memory")
        print(f"verify full re-hash: {verified['seconds']:6.2f} s ({verified['bytes'] / 2**20:.1f} MiB), "
              f"quick check: {1000 * verified['quick_seconds']:.0f} ms")
        print(f"HTML copy: {html_bytes / 2**20:.1f} MiB, of which search data {search_bytes / 2**20:.1f} MiB "
              f"in {search_files} files ({100 * search_bytes / payload:.1f} % of the folder; posts.json: "
              f"{posts_json / 2**20:.1f} MiB)")
        for query, measured in searches:
            if measured is None:
                print("search in the browser: chromium not installed, skipped")
                break
            if "error" in measured:
                print(f"search {query!r}: no figures ({measured['error']})")
                continue
            print(f"search {query!r:24} load + fold {measured['load_ms']:5d} ms, "
                  f"query {measured['search_ms']:4d} ms  (browser run {measured['wall_s']:.1f} s) "
                  f"→ {measured['status']}")
        print(f"longest heartbeat stall during the export in a worker thread: {stall['stall_ms']:.0f} ms "
              f"(idle: {stall['idle_ms']:.1f} ms)")


if __name__ == "__main__":
    main()
