"""Throughput benchmark: the whole pipeline over a crawl, as a user runs it (`localgov run`), into fresh warehouses.

    python bench/bench_pipeline.py [CORPUS] [--mode default|server|both] [--workers 2] [--skip-dask]

Two ways of running, each measured from scratch (`--mode both`, the default):
  - default: the command as a user runs it, with no Prefect server started beforehand and no PREFECT_API_URL (the
    first run starts localgov's background server in a fresh Prefect home, later runs reuse it; stopped at the end);
  - server: the runs report to a `prefect server start` that the benchmark starts first, as scheduled runs do.
For each: the read-and-scan floor (decompress, parse and keyword-scan the corpus in one process) measured again, then
  1. the five sample documents of raw/ into a fresh warehouse, then the same again (the repeat run);
  2. one HTML file;
  3. the whole corpus into a fresh warehouse, its ratio to the floor;
  4. the same again, unchanged (and checks that no row of any mart view changed);
  5. the corpus plus 100 new articles from ../shared/corpus/local-gov (only those should be processed);
  6. a tenth of the corpus into a fresh warehouse (peak memory must not grow with corpus size);
  7. (default mode) the whole corpus on a local Dask cluster of 2 workers, and whether the mart is identical.
Each figure: wall time, the time the run's summary printed (the command's own clock) beside it, peak RSS (the
largest process, the process tree, and each role: main, workers, Prefect API) and counts by status. The default
corpus is ../shared/corpus/baomoi-2017.jsonl.gz; the script says so and exits when it is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pipeline_runs import floor_seconds, mart_fingerprint, prefect_server, run_localgov  # noqa: E402
from flows.local_server import stop as stop_local_server  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-2017.jsonl.gz"
NEW_ARTICLES = ROOT.parent / "shared" / "corpus" / "local-gov"
MIB = 1024 * 1024
# A made-up page: one HTML file as a user may drop it into the input folder.
HTML_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>HĐND huyện Minh Sơn khai mạc kỳ họp
</title></head><body><nav>Trang chủ | Tin tức</nav><article><h1>HĐND huyện Minh Sơn khai mạc kỳ họp thứ 5</h1>
<p>Sáng 12/7/2019, HĐND huyện Minh Sơn khóa XX, nhiệm kỳ 2016-2021 khai mạc kỳ họp thứ 5.</p><p>Ông Trần Văn Bình,
Chủ tịch HĐND huyện chủ trì kỳ họp. Tổng thu ngân sách đạt 45 tỷ đồng, bằng 110% dự toán.</p></article></body></html>
"""


def corpus_chars(path: Path, limit: int | None = None) -> tuple[int, int]:
    docs = chars = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and docs >= limit:
                break
            docs += 1
            chars += len(json.loads(line).get("text") or "")
    return docs, chars


def report(label: str, result: dict[str, Any], docs: int, floor: float | None = None) -> None:
    run, wall = result["run"], result["wall"]
    print(f"\n== {label}")
    summary = result["summary"]
    said = f"; the summary said {summary:.1f} s ({summary / wall - 1:+.0%})" if summary else ""
    print(f"wall {wall:.1f} s ({docs / wall:,.0f} docs/s){said}")
    if floor:
        print(f"ratio to the {floor:.1f} s read-and-scan floor measured in this run: {wall / floor:.1f}x")
    roles = ", ".join(f"{role} {rss / MIB:,.0f}" for role, rss in sorted(result["by_role"].items()))
    print(
        f"peak RSS: largest process {result['peak_max'] / MIB:,.0f} MiB, process tree {result['peak_sum'] / MIB:,.0f}"
        f" MiB; by role (MiB): {roles}"
    )
    counts = {k[2:]: run[k] for k in run if k.startswith("n_")}
    print("counts:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    for stage, seconds in (run.get("stage_seconds") or {}).items():
        print(f"  stage {stage:<12} {seconds:7.2f} s task time")


def write_tenth(corpus: Path, out: Path, docs: int) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= docs:
                break
            dst.write(line)


def run_mode(args: argparse.Namespace, work: Path, env: dict[str, str], docs: int) -> dict[str, float]:
    """Every scenario in one way of running; returns the headline figures."""
    run = runner_in(work, env, ["--workers", str(args.workers)])
    floor = floor_seconds(args.corpus)
    print(f"read-and-scan floor: {floor:.1f} s")
    run("raw", [ROOT / "raw"], fresh=True)
    samples = run("raw", [ROOT / "raw"])
    report("1. the five sample documents, repeat run (target: 5 s)", samples, 5)
    html_dir = work / "html"
    html_dir.mkdir(exist_ok=True)
    (html_dir / "tin-hop.html").write_text(HTML_PAGE, encoding="utf-8")
    html = run("html", [html_dir], fresh=True)
    report("2. one HTML file", html, 1)
    full = run("full", [args.corpus], fresh=True)
    report("3. whole corpus, fresh warehouse (target: 25 s, 10x the floor, 600 MiB)", full, docs, floor)
    before = mart_fingerprint(work / "full.duckdb")
    again = run("full", [args.corpus])
    report("4. unchanged re-run (target: 6 s, no row changed)", again, docs, floor)
    after = mart_fingerprint(work / "full.duckdb")
    changed = {view: (before[view], now) for view, now in after.items() if before.get(view) != now}
    print("rows changed:", changed if changed else "none")
    if NEW_ARTICLES.exists():
        new_dir = work / "new"
        new_dir.mkdir(exist_ok=True)
        for path in sorted(NEW_ARTICLES.glob("*.txt"))[:100]:
            shutil.copy(path, new_dir / f"new_{path.name}")
        plus = run("full", [args.corpus, new_dir])
        report("5. corpus + 100 new articles (target: only those processed)", plus, docs + 100, floor)
        print(f"documents processed: {plus['run']['n_seen'] - plus['run']['n_unchanged']} (expected 100)")
    tenth_path = work / "tenth.jsonl.gz"
    write_tenth(args.corpus, tenth_path, docs // 10)
    tenth = run("tenth", [tenth_path], fresh=True)
    report("6. a tenth of the corpus, fresh warehouse", tenth, docs // 10)
    print(
        f"peak RSS whole / tenth (target: 1.2x): largest process {full['peak_max'] / tenth['peak_max']:.2f}x, "
        f"process tree {full['peak_sum'] / tenth['peak_sum']:.2f}x"
    )
    if not args.skip_dask and "PREFECT_API_URL" not in env:
        dask = run("dask", [args.corpus], fresh=True, extra=["--dask-workers", "2", "--batch-size", "2000"])
        report("7. whole corpus on a local Dask cluster (2 workers)", dask, docs, floor)
        same = mart_fingerprint(work / "dask.duckdb") == before
        print("mart contents:", "identical to the default run's" if same else "DIFFERENT from the default run's")
    walls = {"samples": samples["wall"], "html": html["wall"], "full": full["wall"], "unchanged": again["wall"]}
    return {"floor": floor, **walls, "full_rss": full["peak_max"] / MIB, "tenth_rss": tenth["peak_max"] / MIB}


def runner_in(work: Path, env: dict[str, str], workers: list[str]) -> Any:
    def run(name: str, inputs: list[Path], *, fresh: bool = False, extra: list[str] | None = None) -> dict[str, Any]:
        db = work / f"{name}.duckdb"
        if fresh:
            for path in work.glob(f"{name}.duckdb*"):
                path.unlink()
        return run_localgov(inputs, db, extra if extra is not None else workers, env)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=0, help="localgov run --workers (0: by input size)")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--mode", choices=("default", "server", "both"), default="both")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a killed benchmark still stops the server it started
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (the benchmark needs ../shared/corpus; nothing was run)")
        return 0
    docs, chars = corpus_chars(args.corpus)
    print(f"corpus {args.corpus}: {docs:,} documents, {chars / 1e6:.1f} M characters; load {os.getloadavg()[0]:.1f}")
    modes = ("default", "server") if args.mode == "both" else (args.mode,)
    figures = {}
    with tempfile.TemporaryDirectory(prefix="localgov-bench-") as tmp:
        for mode in modes:
            work = Path(tmp) / mode
            work.mkdir()
            home = work / "prefect-home"
            env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PREFECT_HOME": str(home)}
            print(f"\n##### {mode}: " + ("no Prefect server started beforehand" if mode == "default" else
                                         "runs report to a `prefect server start`"))  # fmt: skip
            with contextlib.ExitStack() as stack:
                if mode == "server":
                    env["PREFECT_API_URL"] = stack.enter_context(prefect_server(work / "prefect-server"))
                try:
                    figures[mode] = run_mode(args, work, env, docs)
                finally:
                    stop_local_server(home)
    print(f"\nsummary (load now {os.getloadavg()[0]:.1f}):")
    for mode, f in figures.items():
        print(
            f"  {mode:<8} floor {f['floor']:.1f} s | five samples {f['samples']:.1f} s | one HTML {f['html']:.1f} s"
            f" | whole crawl {f['full']:.1f} s ({f['full'] / f['floor']:.1f}x floor, {f['full_rss']:,.0f} MiB;"
            f" tenth {f['tenth_rss']:,.0f} MiB, {f['full_rss'] / f['tenth_rss']:.2f}x) | unchanged"
            f" {f['unchanged']:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
