"""Memory with large documents: a run's peak memory must follow the bytes in flight, not the number of documents in a
batch times their size. Writes DOCS made-up documents of MB megabytes each (just under the 4 MiB a document may
have) and runs `localgov run` over them into a fresh warehouse, as a user does.

    python bench/large_documents.py [--docs 250] [--mb 4] [--budget-gib 1.5] [--prefect-api server|temporary]

Prints wall time, the peak RSS summed over the run's process tree and of its largest process, the peak of each
role (main process, workers, Prefect API server), the batches the run made, and whether the tree stayed within the
budget (exit status 1 if not).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_pipeline import MIB, prefect_server, run_localgov  # noqa: E402
from flows.raw_document import MAX_DOCUMENT_BYTES  # noqa: E402
from tests.flows.test_incremental import article  # noqa: E402


def write_documents(folder: Path, docs: int, size: int) -> int:
    """`docs` text files of `size` bytes of made-up articles (each file its own); returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(docs):
        rng = random.Random(i)
        parts, written = [], 0
        while written < size:
            text = article(rng.randint(1, 10**9))
            parts.append(text)
            written += len(text.encode())
        data = "".join(parts).encode()[:size].decode("utf-8", "ignore").encode()
        (folder / f"large-{i:04d}.txt").write_bytes(data)
        total += len(data)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=250)
    parser.add_argument("--mb", type=float, default=4.0, help="megabytes per document (capped under 4 MiB)")
    parser.add_argument("--budget-gib", type=float, default=1.5, help="peak RSS of the process tree allowed")
    parser.add_argument("--prefect-api", default="server", help="server (a `prefect server start`) or temporary")
    args = parser.parse_args()
    size = min(int(args.mb * 1_000_000), MAX_DOCUMENT_BYTES - 1024)
    with tempfile.TemporaryDirectory(prefix="localgov-large-") as tmp:
        work = Path(tmp)
        total = write_documents(work / "inputs", args.docs, size)
        print(f"{args.docs} documents of {size / 1e6:.2f} MB ({total / MIB:,.0f} MiB in all)", flush=True)
        env = {**os.environ, "PREFECT_HOME": str(work / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        env.pop("PREFECT_API_URL", None)
        if args.prefect_api == "server":
            with prefect_server(work / "prefect-home") as url:
                result = run_localgov([work / "inputs"], work / "w.duckdb", [], {**env, "PREFECT_API_URL": url})
        else:
            result = run_localgov([work / "inputs"], work / "w.duckdb", [], env)
    run = result["run"]
    roles = ", ".join(f"{role} {rss / MIB:,.0f}" for role, rss in sorted(result["by_role"].items()))
    print(f"wall {result['wall']:.1f} s; seen {run['n_seen']}, quarantined {run['n_quarantined']}")
    tree, largest = result["peak_sum"] / MIB, result["peak_max"] / MIB
    print(f"peak RSS: process tree {tree:,.0f} MiB, largest process {largest:,.0f} MiB")
    print(f"peak RSS by role (MiB): {roles}")
    within = result["peak_sum"] <= args.budget_gib * 1024 * MIB
    print(f"budget {args.budget_gib} GiB for the process tree: {'kept' if within else 'EXCEEDED'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
