"""Scores of a gold set by kind of source: one warehouse built with `localgov run`, scored per id prefix and overall.

    python bench/dev_scores.py [--gold ../shared/gold/dev.jsonl] [--json FILE]

The kind of a gold article is the prefix of its id before the first "_" (`bm`, `vn`, `pl`, `pc`, `pp`, `pm` in the
dev set: 2017 aggregator, national press, district portals, post-2025 commune news, post-2025 province news,
provincial press and others). The warehouse is built once by `../shared/eval/evaluate.py` and each kind is scored by
`../shared/eval/score.py` on the gold lines of that kind. Prints one table: a row per kind and one for all, with the
score, the F1 of sessions, people, roles and indicators, and the accuracy of each document field. Exits 0 with a
message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# document fields scored, with the short name each has in the table's header
FIELDS = {
    "event_date": "date", "title": "titl", "published_at": "publ", "authors": "auth", "boilerplate": "boil",
    "province": "prov", "district": "dist", "province_2025": "pv25", "commune_2025": "cm25", "relevant": "rele",
}  # fmt: skip


def score(db: Path, gold_lines: list[str], work: Path, name: str) -> dict:
    gold = work / f"gold-{name}.jsonl"
    gold.write_text("".join(gold_lines), encoding="utf-8")
    out = work / f"score-{name}.json"
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--db", str(db), "--gold", str(gold), "--json", str(out)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))


def row(name: str, n: int, s: dict) -> str:
    f1 = [f"{s[k][2]:.2f}" for k in ("sessions", "people", "roles", "indicators")]
    fields = [f"{s[f'document_{f}_accuracy']:.2f}" if f"document_{f}_accuracy" in s else "  - " for f in FIELDS]
    return " | ".join([f"{name:4}", f"{n:3}", f"{s['score']:.3f}", *f1, *fields])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev.jsonl")
    ap.add_argument("--json", type=Path, help="write every kind's scores here")
    args = ap.parse_args()
    if not args.gold.is_file() or not (SHARED / "eval" / "evaluate.py").is_file():
        print(f"no gold set at {args.gold} (../shared is absent): nothing to score")
        return 0
    lines = [line for line in args.gold.read_text(encoding="utf-8").splitlines(keepends=True) if line.strip()]
    kinds: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        kinds[json.loads(line)["source_id"].split("_", 1)[0]].append(line)
    with tempfile.TemporaryDirectory(prefix="localgov-dev-") as tmp:
        work = Path(tmp)
        evaluate = str(SHARED / "eval" / "evaluate.py")
        localgov = str(REPO / ".venv" / "bin" / "localgov")
        build = [sys.executable, evaluate, "--gold", str(args.gold), "--keep", str(work / "w"),
                 "--localgov", localgov, "--python", sys.executable]  # fmt: skip
        subprocess.run(build, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
        db = work / "w" / "warehouse.duckdb"
        results = {kind: score(db, kind_lines, work, kind) for kind, kind_lines in sorted(kinds.items())}
        results["all"] = score(db, lines, work, "all")
    header = ["kind", "  n", "score", "sess", "ppl ", "role", "ind ", *FIELDS.values()]
    print(" | ".join(header))
    for kind, s in results.items():
        print(row(kind, len(kinds[kind]) if kind != "all" else len(lines), s))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
