"""Throughput benchmark: the whole pipeline over a crawl, as a user runs it (`localgov run`), into fresh warehouses.

    python bench/bench_pipeline.py [CORPUS] [--skip-dask] [--workers 2] [--prefect-api server|temporary|URL]

Prints, for each run, wall time, documents and characters per second overall and per stage, peak RSS (the largest
single process, the sum over the run's process tree, and the peak of each role: the main process, the workers, a
Prefect API server started by the run) and counts by status:
  0. the fixed cost of a run (an empty folder);
  1. the whole corpus into a fresh warehouse (and the clean stage's task time over it);
  2. the same again, unchanged (and checks that no row of any mart view changed);
  3. the corpus plus 100 new articles from ../shared/corpus/local-gov (only those should be processed);
  4. a tenth of the corpus into a fresh warehouse (peak memory must not grow with corpus size);
  5. the whole corpus on a local Dask cluster of 2 workers, beside the default run's time, and whether the mart
     contents are identical to the default run's.
By default the runs report to one `prefect server start` that the benchmark starts first, as scheduled runs do
(README: Scheduled runs); at the end it measures what a run costs without one (Prefect then starts a temporary API
server for the run). The default corpus is ../shared/corpus/baomoi-2017.jsonl.gz; the script says so and exits when
it is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import psutil

from flows.prefect_api import free_port, wait_for_api

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-2017.jsonl.gz"
NEW_ARTICLES = ROOT.parent / "shared" / "corpus" / "local-gov"
LOCALGOV = Path(sys.executable).with_name("localgov")
VOLATILE_COLUMNS = {"run_id", "loaded_at"}
MIB = 1024 * 1024
FLOOR_SECONDS = 2.5  # reading, decompressing, parsing and keyword-scanning the corpus in one process, measured


def _role(proc: psutil.Process, root_pid: int) -> str:
    """Which part of a run a process is: the command itself, a Prefect API server, or a worker."""
    if proc.pid == root_pid:
        return "main"
    with contextlib.suppress(psutil.Error):
        command = " ".join(proc.cmdline())
        if "prefect.server" in command or "uvicorn" in command:
            return "prefect api"
    return "workers"


class PeakMemory:
    """Samples the RSS of a process and its children until stopped: the peak of their sum, of the largest one, and
    of each role (main process, workers, Prefect API server)."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.pid, self.every = pid, every
        self.peak_sum = self.peak_max = 0
        self.by_role: dict[str, int] = {}
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
            except psutil.NoSuchProcess:
                return
            sizes = []
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    rss = proc.memory_info().rss
                    sizes.append(rss)
                    role = _role(proc, self.pid)
                    self.by_role[role] = max(self.by_role.get(role, 0), rss)
            self.peak_sum = max(self.peak_sum, sum(sizes))
            self.peak_max = max(self.peak_max, max(sizes, default=0))
            time.sleep(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_localgov(inputs: list[Path], db: Path, extra: list[str], env: dict[str, str]) -> dict[str, Any]:
    """`localgov run` in a subprocess; returns wall time, peak memory and the run's record."""
    command = [str(LOCALGOV), "run", *map(str, inputs), "--db", str(db), *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
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
    return {
        "wall": wall,
        "peak_sum": memory.peak_sum,
        "peak_max": memory.peak_max,
        "by_role": memory.by_role,
        "run": record,
    }


@contextlib.contextmanager
def prefect_server(home: Path) -> Iterator[str]:
    """A long-lived `prefect server start` on loopback, as an operator runs one; yields its API URL."""
    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    home.mkdir(parents=True, exist_ok=True)
    log = (home / "server.log").open("w")
    server = subprocess.Popen(
        [str(LOCALGOV.with_name("prefect")), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api"
    try:
        if not wait_for_api(url, 300, alive=lambda: server.poll() is None):
            raise SystemExit(f"prefect server did not start; see {home / 'server.log'}")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


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
    print(f"\n== {label}")
    print(f"wall {wall:.1f} s  ({docs / wall:,.0f} docs/s, {chars / wall / 1e6:.2f} M chars/s)")
    roles = ", ".join(f"{role} {rss / MIB:,.0f}" for role, rss in sorted(result["by_role"].items()))
    print(
        f"peak RSS: largest process {result['peak_max'] / MIB:,.0f} MiB, process tree {result['peak_sum'] / MIB:,.0f}"
        f" MiB; by role (MiB): {roles}"
    )
    counts = {k[2:]: run[k] for k in run if k.startswith("n_")}
    print("counts:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    stages = run.get("stage_seconds") or {}
    for stage, seconds in stages.items():
        rate = f"{docs / seconds:,.0f} docs/s" if seconds else "-"
        print(f"  stage {stage:<12} {seconds:7.2f} s task time  ({rate})")


def empty_run(work: Path, env: dict[str, str]) -> float:
    """The fixed cost of one `localgov run`: an empty folder into a fresh warehouse."""
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    return float(run_localgov([empty], work / "empty.duckdb", [], env)["wall"])


def write_tenth(corpus: Path, out: Path, docs: int) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= docs:
                break
            dst.write(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument(
        "--prefect-api",
        default="server",
        help="'server' (default): start one `prefect server start` for all runs, as a deployment has; "
        "'temporary': no API configured, each run starts Prefect's temporary server; or an API URL.",
    )
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (the benchmark needs ../shared/corpus; nothing was run)")
        return 0
    docs, chars = corpus_chars(args.corpus)
    print(f"corpus {args.corpus}: {docs:,} documents, {chars / 1e6:.1f} M characters")
    with tempfile.TemporaryDirectory(prefix="localgov-bench-") as tmp:
        work = Path(tmp)
        no_api = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        with contextlib.ExitStack() as stack:
            if args.prefect_api == "temporary":
                env = no_api
            elif args.prefect_api == "server":
                env = {**no_api, "PREFECT_API_URL": stack.enter_context(prefect_server(work / "prefect"))}
            else:
                env = {**no_api, "PREFECT_API_URL": args.prefect_api}
            print(f"Prefect API: {env.get('PREFECT_API_URL', 'temporary server per run')}")
            run_all(args, work, env, docs, chars)
        fixed = empty_run(work, no_api)
        print(
            f"\nwithout a Prefect API configured, each run starts and stops a temporary server: an empty run took "
            f"{fixed:.1f} s"
        )
    return 0


def run_all(args: argparse.Namespace, work: Path, env: dict[str, str], docs: int, chars: int) -> None:
    workers = ["--workers", str(args.workers)]
    print(f"fixed cost of a run (an empty folder): {empty_run(work, env):.1f} s")
    db = work / "full.duckdb"
    full = run_localgov([args.corpus], db, workers, env)
    report("1. whole corpus, fresh warehouse (target: 60 s, 1 GiB)", full, docs, chars)
    print(f"ratio to the {FLOOR_SECONDS} s read-and-scan floor: {full['wall'] / FLOOR_SECONDS:.1f}x")
    clean_seconds = (full["run"].get("stage_seconds") or {}).get("clean", 0.0)
    print(f"clean stage: {clean_seconds:.1f} s of task time for {docs:,} documents (summed over the workers)")

    before = mart_fingerprint(db)
    again = run_localgov([args.corpus], db, workers, env)
    report("2. unchanged re-run (target: 15 s, no row changed)", again, docs, chars)
    changed = {v: (before[v], after) for v, after in mart_fingerprint(db).items() if before[v] != after}
    print("rows changed:", changed if changed else "none")

    if NEW_ARTICLES.exists():
        new_dir = work / "new"
        new_dir.mkdir()
        for path in sorted(NEW_ARTICLES.glob("*.txt"))[:100]:
            shutil.copy(path, new_dir / f"new_{path.name}")
        plus = run_localgov([args.corpus, new_dir], db, workers, env)
        report("3. corpus + 100 new articles (target: only those processed)", plus, docs + 100, chars)
        processed = plus["run"]["n_seen"] - plus["run"]["n_unchanged"]
        print(f"documents processed: {processed} (expected 100)")

    tenth_path = work / "tenth.jsonl.gz"
    write_tenth(args.corpus, tenth_path, docs // 10)
    tenth = run_localgov([tenth_path], work / "tenth.duckdb", workers, env)
    report("4. a tenth of the corpus, fresh warehouse", tenth, docs // 10, chars // 10)
    ratios = {role: full["by_role"].get(role, 0) / rss for role, rss in tenth["by_role"].items() if rss}
    print(
        f"peak RSS whole / tenth (target: 1.2x): largest process {full['peak_max'] / tenth['peak_max']:.2f}x, "
        f"process tree {full['peak_sum'] / tenth['peak_sum']:.2f}x; by role: "
        + ", ".join(f"{role} {ratio:.2f}x" for role, ratio in sorted(ratios.items()))
    )

    if not args.skip_dask:
        dask_db = work / "dask.duckdb"
        dask = run_localgov([args.corpus], dask_db, ["--dask-workers", "2", "--batch-size", "2000"], env)
        report("5. whole corpus on a local Dask cluster (2 workers)", dask, docs, chars)
        print(f"Dask {dask['wall']:.1f} s beside the default run's {full['wall']:.1f} s")
        same = mart_fingerprint(dask_db) == before
        print("mart contents:", "identical to the default run's" if same else "DIFFERENT from the default run's")


if __name__ == "__main__":
    sys.exit(main())
