"""Fuzzing: the properties of tests/test_properties.py (every pure transform, whole-document extraction, cleaning,
limits, JSON Lines records), each run with many generated inputs, round after round until the time is up.

    python bench/fuzz.py [--minutes 10] [--examples 2000] [--only NAME ...] [--json report.json]

Prints, per property: inputs tried, failures, seconds. A failure is printed with Hypothesis's minimal failing input
and the traceback; a property stops being run after its first failure (the next round would find the same bug).
Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_properties import PROPERTIES, Property, run_property  # noqa: E402


@dataclass
class Tally:
    """What fuzzing one property found."""

    inputs: int = 0
    seconds: float = 0.0
    failures: list[dict[str, str]] = field(default_factory=list)


def counted(p: Property, tally: Tally) -> Property:
    """The property with its check counting the inputs it is given (Hypothesis passes them by keyword)."""

    @functools.wraps(p.check)
    def check(*args: Any, **kwargs: Any) -> None:
        tally.inputs += 1
        p.check(*args, **kwargs)

    return Property(check, p.strategies, p.examples)


def fuzz_once(name: str, p: Property, tally: Tally, examples: int) -> None:
    """One Hypothesis run of `examples` inputs; a failure is recorded with its minimal input and traceback."""
    started = time.perf_counter()
    try:
        run_property(counted(p, tally), max_examples=examples)
    except Exception as exc:
        notes = "\n".join(getattr(exc, "__notes__", []))
        tally.failures.append(
            {
                "property": name,
                "error": f"{type(exc).__name__}: {exc}",
                "minimal_input": notes,
                "traceback": "".join(traceback.format_exception(exc)[-12:]),
            }
        )
    finally:
        tally.seconds += time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="time budget over all properties")
    parser.add_argument("--examples", type=int, default=2000, help="inputs per property per round")
    parser.add_argument("--only", nargs="*", default=None, help="property names (default: all)")
    parser.add_argument("--json", type=Path, default=None, help="also write the report as JSON here")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # the HTML extractor's complaints about generated pages are expected
    names = sorted(args.only or PROPERTIES)
    tallies = {name: Tally() for name in names}
    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    while time.monotonic() < deadline:
        active = [n for n in names if not tallies[n].failures]
        if not active:
            break
        rounds += 1
        for name in active:
            if time.monotonic() >= deadline:
                break
            fuzz_once(name, PROPERTIES[name], tallies[name], args.examples)
            tally = tallies[name]
            status = "FAILED" if tally.failures else "ok"
            print(f"round {rounds} {name:32} {tally.inputs:>9} inputs {tally.seconds:8.1f} s  {status}", flush=True)
    total_inputs = sum(t.inputs for t in tallies.values())
    failures = [f for t in tallies.values() for f in t.failures]
    print(f"\n{'property':32} {'inputs':>9} {'failures':>8} {'seconds':>8}")
    for name, tally in tallies.items():
        print(f"{name:32} {tally.inputs:>9} {len(tally.failures):>8} {tally.seconds:>8.1f}")
    seconds = sum(t.seconds for t in tallies.values())
    print(f"{'total':32} {total_inputs:>9} {len(failures):>8} {seconds:>8.1f}  ({rounds} rounds)")
    for failure in failures:
        print(f"\n--- {failure['property']}: {failure['error']}\n{failure['minimal_input']}\n{failure['traceback']}")
    if args.json:
        report = {
            "rounds": rounds,
            "inputs": total_inputs,
            "seconds": round(seconds, 1),
            "properties": {n: {"inputs": t.inputs, "seconds": round(t.seconds, 1)} for n, t in tallies.items()},
            "failures": failures,
        }
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
