"""Precision of the roles read, by hand: a seeded random sample of the roles (`mart.person_roles` rows with a
position) of a warehouse built from the 459 local-government articles, each printed with the sentence it came from;
and the verdicts kept in `bench/data/roles_precision_sample.csv` scored against the same draw.

    python bench/roles_precision.py [--db FILE] [--n 50] [--seed 1212]     # draw the sample and print it to read
    python bench/roles_precision.py --score [--db FILE]                     # precision of the kept verdicts

Without `--db` the warehouse is built first, with the project's own `localgov run` on `../shared/corpus/local-gov`,
in a temporary folder. The draw: every role row ordered by (source_id, char_start, position, organization_type,
level), then `random.Random(seed).sample(rows, n)`; the same code and articles give the same sample. A verdict is
`1` when the sentence states that this person holds this post (position, body type and level as coded) at the
article's time, `0` otherwise; the note says why where it is not obvious. Exits 0 with a message when ../shared is
absent.
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
VERDICTS = REPO / "bench" / "data" / "roles_precision_sample.csv"
KEY = ("source_id", "char_start", "person_name", "position", "organization_type", "level")
FIELDS = (*KEY, "title_text", "verdict", "note")
SEED, SIZE = 1216, 50  # the draw read by hand; bench/data/README.md tells of the earlier ones


def build(work: Path) -> Path:
    """A warehouse of the local-government articles, made by `localgov run`."""
    db = work / "warehouse.duckdb"
    cmd = [str(REPO / ".venv" / "bin" / "localgov"), "run", str(CORPUS), "--db", str(db)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return db


def draw(db: Path, n: int, seed: int) -> list[dict[str, object]]:
    """The sample: n role rows drawn with random.Random(seed) from all of them, in a fixed order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(
            f"select {', '.join(KEY)}, title_text, evidence from mart.person_roles where position is not null "
            "order by source_id, char_start, position, organization_type, level"
        )
        names = [c[0] for c in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
    return random.Random(seed).sample(rows, n)


def show(rows: list[dict[str, object]]) -> None:
    """Each drawn role with its sentence, the person's name marked ⟦like this⟧."""
    for i, r in enumerate(rows, 1):
        evidence, name = str(r["evidence"]), str(r["person_name"])
        marked = evidence.replace(name, f"⟦{name}⟧", 1)
        print(f"{i:2}. {r['source_id']} @{r['char_start']}: {name} = {r['position']} · {r['organization_type']} · "
              f"{r['level']}  ({r['title_text']})\n    {marked}\n")  # fmt: skip


def score(rows: list[dict[str, object]]) -> int:
    """Precision of the kept verdicts; 1 when they do not match the draw."""
    with VERDICTS.open(encoding="utf-8", newline="") as f:
        kept = list(csv.DictReader(f))
    drawn = [tuple(str(r[k]) for k in KEY) for r in rows]
    if [tuple(v[k] for k in KEY) for v in kept] != drawn:
        print(f"{VERDICTS.name} does not hold the verdicts of this draw (the code or the articles changed): redraw")
        return 1
    right = sum(v["verdict"] == "1" for v in kept)
    wrong = len(kept) - right
    print(f"roles read by hand: {len(kept)}; right {right}, wrong {wrong}: precision {right / len(kept):.3f}")
    for v in kept:
        if v["verdict"] != "1":
            print(f"  wrong: {v['source_id']} {v['person_name']} = {v['position']} · {v['organization_type']} · "
                  f"{v['level']}: {v['note']}")  # fmt: skip
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="a warehouse of the 459 articles (default: build one)")
    ap.add_argument("--n", type=int, default=SIZE)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--score", action="store_true", help=f"score the verdicts of {VERDICTS.name}")
    args = ap.parse_args()
    if args.db is None and not CORPUS.is_dir():
        print(f"no articles at {CORPUS} (../shared is absent): nothing to sample")
        return 0
    with tempfile.TemporaryDirectory(prefix="localgov-roles-") as tmp:
        rows = draw(args.db or build(Path(tmp)), args.n, args.seed)
    if args.score:
        return score(rows)
    show(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
