"""A seeded random sample of figures from a warehouse of the 459 local-government articles, for a person to read
each against its evidence sentence; and the precision of the verdicts kept in `bench/data/`.

    python bench/figures_precision_sample.py [--db FILE] [--seed 1203] [--n 50] [--write]

Without --db, the warehouse is built first with the project's own `localgov run` over ../shared/corpus/local-gov
(into a temporary folder, or into --keep DIR). The sample is `random.Random(seed).sample` of the figures of
`mart.indicator_values`, ordered by (source_id, char_start, char_end, unit), so the same code and seed draw the same
figures. Each is printed with its value, unit, qualifier, measure, code and label, and its evidence sentence with the
figure's words marked ⟦like this⟧. --write puts the sample into bench/data/figures_precision_sample.csv with empty
verdicts (an existing file's verdicts are kept for the figures it already holds); when the file holds verdicts, the
precision they give is printed. Only ids, offsets and codes are stored: the articles have no redistribution licence,
so the sentences are read from the warehouse. Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "local-gov"
VERDICTS = REPO / "bench" / "data" / "figures_precision_sample.csv"
COLUMNS = ("source_id", "char_start", "char_end", "value", "unit", "qualifier", "measure", "indicator_code",
           "figure_ok", "measure_ok", "note")  # fmt: skip
_VERDICT_COLUMNS = ("figure_ok", "measure_ok", "note")
QUERY = """
select source_id, char_start, char_end, value, unit, qualifier, measure, indicator_code, indicator_label,
       figure_text, evidence
from mart.indicator_values order by source_id, char_start, char_end, unit
"""


def build(out_dir: Path) -> Path:
    """A warehouse of the local-government articles, built by `localgov run` in `out_dir`."""
    db = out_dir / "local_gov.duckdb"
    cmd = [str(REPO / ".venv" / "bin" / "localgov"), "run", str(CORPUS), "--db", str(db)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return db


def draw(db: Path, seed: int, n: int) -> list[dict]:
    """The seeded sample of figures, in the order drawn."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute(QUERY)
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()
    print(f"{len(rows)} figures in {len({r['source_id'] for r in rows})} documents; sample of {n}, seed {seed}")
    return random.Random(seed).sample(rows, n)


def _key(row: dict) -> tuple[str, int, int, str]:
    return row["source_id"], int(row["char_start"]), int(row["char_end"]), row["unit"]


def show(sample: list[dict], verdicts: dict[tuple[str, int, int, str], dict]) -> None:
    """Each figure with its sentence, the figure's words marked; and the verdict kept for it, if any."""
    for number, row in enumerate(sample, start=1):
        text, evidence = row["figure_text"], row["evidence"]
        marked = evidence.replace(text, f"⟦{text}⟧", 1) if text in evidence else f"{evidence} ⟦{text}⟧"
        kept = verdicts.get(_key(row))
        verdict = ""
        if kept and kept["figure_ok"]:
            verdict = f"\n    verdict: figure {kept['figure_ok']}, measure {kept['measure_ok'] or '-'} {kept['note']}"
        codes = f"q={row['qualifier']} m={row['measure']} code={row['indicator_code']}"
        print(f"\n{number:2}. {row['source_id']} @{row['char_start']}: {row['value']:g} {row['unit']} {codes}")
        print(f"    label={row['indicator_label']!r}")
        print(f"    {marked}{verdict}")


def read_verdicts() -> dict[tuple[str, int, int, str], dict]:
    if not VERDICTS.is_file():
        return {}
    with VERDICTS.open(encoding="utf-8", newline="") as f:
        return {_key(r): r for r in csv.DictReader(f)}


def write(sample: list[dict], verdicts: dict[tuple[str, int, int, str], dict]) -> None:
    """The sample into the verdicts file, keeping the verdicts it already has."""
    with VERDICTS.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for row in sample:
            kept = verdicts.get(_key(row), {})
            writer.writerow({c: kept.get(c, "") if c in _VERDICT_COLUMNS else row[c] for c in COLUMNS})


def precision(sample: list[dict], verdicts: dict[tuple[str, int, int, str], dict]) -> None:
    judged = [verdicts[_key(r)] for r in sample if _key(r) in verdicts and verdicts[_key(r)]["figure_ok"] in "01"]
    judged = [v for v in judged if v["figure_ok"]]
    if not judged:
        print("\nno verdicts yet")
        return
    ok = sum(v["figure_ok"] == "1" for v in judged)
    measure = [v for v in judged if v["figure_ok"] == "1" and v["measure_ok"]]
    measure_ok = sum(v["measure_ok"] == "1" for v in measure)
    print(f"\nfigures read: {len(judged)} of {len(sample)}; correct {ok}: precision {ok / len(judged):.3f}")
    if measure:
        print(f"measure right on {measure_ok} of the {len(measure)} correct figures")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="an existing warehouse of the 459 articles")
    ap.add_argument("--keep", type=Path, help="build the warehouse into this folder and keep it")
    ap.add_argument("--seed", type=int, default=1203)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--write", action="store_true", help="write the sample into bench/data (verdicts kept)")
    args = ap.parse_args()
    if args.db is None and not CORPUS.is_dir():
        print(f"no corpus at {CORPUS} (../shared is absent): nothing to sample")
        return 0
    with tempfile.TemporaryDirectory(prefix="localgov-figures-") as tmp:
        db = args.db
        if db is None:
            out = args.keep or Path(tmp)
            out.mkdir(parents=True, exist_ok=True)
            db = build(out)
        sample = draw(db, args.seed, args.n)
    verdicts = read_verdicts()
    show(sample, verdicts)
    if args.write:
        write(sample, verdicts)
        print(f"\nwritten: {VERDICTS.relative_to(REPO)}")
    precision(sample, verdicts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
