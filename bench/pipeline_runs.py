"""How `bench_pipeline.py` measures: a `localgov run` in a subprocess with its wall time, peak memory and the run's
record; the read-and-scan floor; a `prefect server start` of its own; a fingerprint of the mart's contents."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
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

LOCALGOV = Path(sys.executable).with_name("localgov")
VOLATILE_COLUMNS = {"run_id", "loaded_at"}
# The floor's keyword scan: the commonest names of local bodies, on the lower-cased text.
FLOOR_KEYWORDS = ("hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân", "tỉnh ủy", "huyện ủy", "đảng ủy", "đảng bộ")
_SUMMARY_RE = re.compile(r"run [0-9a-f]+ \w+ in ([\d.]+) s")


def floor_seconds(corpus: Path) -> float:
    """Seconds to decompress, parse and keyword-scan the corpus in this one process: the least a run could cost."""
    started = time.perf_counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = (json.loads(line).get("text") or "").lower()
            any(word in text for word in FLOOR_KEYWORDS)
    return time.perf_counter() - started


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
    """`localgov run` in a subprocess; returns wall time, the time its summary printed, peak memory and the run's
    record."""
    command = [str(LOCALGOV), "run", *map(str, inputs), "--db", str(db), *extra]
    # The output goes to a file, not a pipe: a process the run leaves behind must not hold the benchmark up.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, text=True, env=env)
        with PeakMemory(proc.pid) as memory:
            proc.wait()
        wall = time.perf_counter() - started
        out.seek(0)
        output = out.read()
    if proc.returncode:
        raise SystemExit(f"localgov run failed ({proc.returncode}):\n{output[-3000:]}")
    summary = _SUMMARY_RE.search(output)
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute("select * from meta.runs order by started_at desc limit 1")
        columns = [c[0] for c in cursor.description]
        record = dict(zip(columns, cursor.fetchall()[0], strict=True))
    finally:
        con.close()
    return {
        "wall": wall,
        "summary": float(summary.group(1)) if summary else None,
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
        query = "select table_name from information_schema.tables where table_schema = 'mart' order by 1"
        views = [r[0] for r in con.execute(query).fetchall()]
        result = {}
        for view in views:
            columns = [r[0] for r in con.execute(f"describe mart.{view}").fetchall()]
            kept = ", ".join(c for c in columns if c not in VOLATILE_COLUMNS)
            row = con.execute(f"select count(*), coalesce(sum(hash(struct_pack({kept}))), 0) from mart.{view}")
            result[view] = tuple(row.fetchall()[0])
        return result
    finally:
        con.close()
