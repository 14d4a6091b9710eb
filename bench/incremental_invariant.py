"""The incremental-run invariant of tests/flows/test_incremental.py with many more generated sequences: after any
sequence of runs over changing inputs, the mart equals a fresh run over the final inputs (documents whose input is
gone or unreadable aside: they keep their last content and say so).

    python bench/incremental_invariant.py [--minutes 20] [--examples 25] [--json report.json]

Runs rounds of `--examples` sequences until the time is up; prints each round's sequences tried, failures and
seconds, and a failure with Hypothesis's smallest failing sequence. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="localgov-prefect-"))
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from tests.flows import test_incremental  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--examples", type=int, default=25, help="sequences per round")
    parser.add_argument("--json", type=Path, help="write the report here too")
    args = parser.parse_args()
    logging.getLogger("prefect").setLevel(logging.ERROR)
    from prefect.testing.utilities import prefect_test_harness

    tried = 0
    check = test_incremental.check_sequence

    def counted(*a: Any, **k: Any) -> None:
        nonlocal tried
        tried += 1
        check(*a, **k)
        print(f"  sequence {tried}: {len(k.get('steps', a[1] if len(a) > 1 else []))} steps of changes, ok", flush=True)

    test_incremental.check_sequence = counted  # type: ignore[assignment]
    report: dict[str, Any] = {"rounds": [], "failures": []}
    deadline = time.monotonic() + args.minutes * 60
    with prefect_test_harness(server_startup_timeout=180):
        while time.monotonic() < deadline and not report["failures"]:
            started, before = time.perf_counter(), tried
            try:
                test_incremental.run_invariant(args.examples)
            except Exception as exc:
                notes = "\n".join(getattr(exc, "__notes__", []))
                report["failures"].append(
                    {
                        "error": f"{type(exc).__name__}: {exc}"[:4000],
                        "input": notes,
                        "traceback": traceback.format_exc(),
                    }
                )
            seconds = time.perf_counter() - started
            report["rounds"].append({"sequences": tried - before, "seconds": round(seconds, 1)})
            print(f"round {len(report['rounds'])}: {tried - before} sequences, {seconds:.0f} s", flush=True)
            if args.json:  # after each round: a run cut short keeps what it found
                args.json.write_text(json.dumps(report | {"sequences": tried}, ensure_ascii=False, indent=2))
    report["sequences"] = tried
    print(f"{tried} sequences of runs tried, {len(report['failures'])} failures")
    for failure in report["failures"]:
        print(failure["input"], failure["error"], sep="\n")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
