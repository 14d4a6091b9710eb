"""Throughput benchmark: the whole pipeline over a crawl, as a user runs it (`localgov run`), into fresh warehouses.

    python bench/bench_pipeline.py [CORPUS] [--skip-dask] [--workers 2]

Runs, each printed with wall time, documents and characters per second overall and per stage, peak RSS (the largest
single process and the sum over the run's process tree) and counts by status:
  1. the whole corpus into a fresh warehouse;
  2. the same again, unchanged (and checks that no row of any mart view changed);
  3. the corpus plus 100 new articles (only those should be processed);
  4. a tenth of the corpus into a fresh warehouse (peak memory must not grow with corpus size);
  5. the whole corpus on a local Dask cluster of 2 workers, beside the default run's time.
The default corpus is ../shared/corpus/baomoi-2017.jsonl.gz; the script says so and exits when it is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-2017.jsonl.gz"
NEW_ARTICLES = ROOT.parent / "shared" / "corpus" / "local-gov"
LOCALGOV = Path(sys.executable).with_name("localgov")
VOLATILE_COLUMNS = {"run_id", "loaded_at"}
FLOOR_SECONDS = 2.5  # reading, decompressing, parsing and keyword-scanning the corpus in one process, measured


class PeakMemory:
    """Samples the RSS of a process and its children until stopped."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.pid, self.every = pid, every
        self.peak_sum = self.peak_max = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                sizes = []
                for proc in procs:
                    with contextlib.suppress(psutil.NoSuchProcess):
                        sizes.append(proc.memory_info().rss)
                self.peak_sum = max(self.peak_sum, sum(sizes))
                self.peak_max = max(self.peak_max, max(sizes, default=0))
            except psutil.NoSuchProcess:
                return
            time.sleep(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_localgov(inputs: list[Path], db: Path, extra: list[str]) -> dict[str, Any]:
    """`localgov run` in a subprocess; returns wall time, peak memory and the run's record."""
    command = [str(LOCALGOV), "run", *map(str, inputs), "--db", str(db), *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with PeakMemory(proc.pid) as memory:
        output, _ = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"localgov run failed ({proc.returncode}):\n{output[-3000:]}")
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute("select * from meta.runs order by started_at desc limit 1")
        columns = [c[0] for c in cursor.description]
        record = dict(zip(columns, cursor.fetchall()[0], strict=True))
    finally:
        con.close()
    return {"wall": wall, "peak_sum": memory.peak_sum, "peak_max": memory.peak_max, "run": record}


def mart_fingerprint(db: Path) -> dict[str, tuple[int, int]]:
    """Row count and an order-independent hash of every mart view, less the columns that name the run."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        views = ("documents", "sessions", "person_roles", "indicator_values")
        result = {}
        for view in views:
            columns = [r[0] for r in con.execute(f"describe mart.{view}").fetchall()]
            kept = ", ".join(c for c in columns if c not in VOLATILE_COLUMNS)
            row = con.execute(f"select count(*), coalesce(sum(hash(struct_pack({kept}))), 0) from mart.{view}")
            result[view] = tuple(row.fetchall()[0])
        return result
    finally:
        con.close()


def corpus_chars(path: Path, limit: int | None = None) -> tuple[int, int]:
    docs = chars = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and docs >= limit:
                break
            docs += 1
            chars += len(json.loads(line).get("text") or "")
    return docs, chars


def report(label: str, result: dict[str, Any], docs: int, chars: int) -> None:
    run = result["run"]
    wall = result["wall"]
    mib = 1024 * 1024
    print(f"\n== {label}")
    print(f"wall {wall:.1f} s  ({docs / wall:,.0f} docs/s, {chars / wall / 1e6:.2f} M chars/s)")
    largest, tree = result["peak_max"] / mib, result["peak_sum"] / mib
    print(f"peak RSS: largest process {largest:,.0f} MiB, process tree {tree:,.0f} MiB")
    counts = {k[2:]: run[k] for k in run if k.startswith("n_")}
    print("counts:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    stages = run.get("stage_seconds") or {}
    for stage, seconds in stages.items():
        rate = f"{docs / seconds:,.0f} docs/s" if seconds else "-"
        print(f"  stage {stage:<12} {seconds:7.2f} s task time  ({rate})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (the benchmark needs ../shared/corpus; nothing was run)")
        return 0
    docs, chars = corpus_chars(args.corpus)
    print(f"corpus {args.corpus}: {docs:,} documents, {chars / 1e6:.1f} M characters")
    workers = ["--workers", str(args.workers)]
    with tempfile.TemporaryDirectory(prefix="localgov-bench-") as tmp:
        work = Path(tmp)
        db = work / "full.duckdb"
        full = run_localgov([args.corpus], db, workers)
        report("1. whole corpus, fresh warehouse", full, docs, chars)
        print(f"ratio to the {FLOOR_SECONDS} s read-and-scan floor: {full['wall'] / FLOOR_SECONDS:.1f}x")

        before = mart_fingerprint(db)
        again = run_localgov([args.corpus], db, workers)
        report("2. unchanged re-run", again, docs, chars)
        changed = {v: (before[v], after) for v, after in mart_fingerprint(db).items() if before[v] != after}
        print("rows changed:", changed if changed else "none")

        if NEW_ARTICLES.exists():
            new_dir = work / "new"
            new_dir.mkdir()
            for path in sorted(NEW_ARTICLES.glob("*.txt"))[:100]:
                shutil.copy(path, new_dir / f"new_{path.name}")
            plus = run_localgov([args.corpus, new_dir], db, workers)
            report("3. corpus + 100 new articles", plus, docs + 100, chars)
            processed = plus["run"]["n_seen"] - plus["run"]["n_unchanged"]
            print(f"documents processed: {processed} (expected 100)")

        tenth_path = work / "tenth.jsonl.gz"
        with (
            gzip.open(args.corpus, "rt", encoding="utf-8") as src,
            gzip.open(tenth_path, "wt", encoding="utf-8") as dst,
        ):
            for i, line in enumerate(src):
                if i >= docs // 10:
                    break
                dst.write(line)
        tenth = run_localgov([tenth_path], work / "tenth.duckdb", workers)
        report("4. a tenth of the corpus, fresh warehouse", tenth, docs // 10, chars // 10)
        print(
            f"peak RSS whole / tenth: largest process {full['peak_max'] / tenth['peak_max']:.2f}x, "
            f"process tree {full['peak_sum'] / tenth['peak_sum']:.2f}x"
        )

        if not args.skip_dask:
            dask = run_localgov([args.corpus], work / "dask.duckdb", ["--dask-workers", "2", "--batch-size", "2000"])
            report("5. whole corpus on a local Dask cluster (2 workers)", dask, docs, chars)
            print(f"Dask {dask['wall']:.1f} s beside the default run's {full['wall']:.1f} s")
            same = mart_fingerprint(work / "dask.duckdb") == before
            print("mart contents:", "identical to the default run's" if same else "DIFFERENT from the default run's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
