"""The dimensions an analyst groups by, measured on a warehouse of the 459 local-government articles: canonical
bodies, coded figures, merged meetings and office holders, with the hand-checked samples kept in bench/data/.

    python bench/dimensions.py [--db FILE] [--draw] [--seed N]

Without --db a fresh warehouse is built in a temporary folder with `localgov run ../shared/corpus/local-gov`
(exits 0 with a message when ../shared is absent). Printed:

The four criteria of issue 15, each on one line beginning with its number, then the detail:

1. bodies: rows of core.dim_body and distinct (type, level, unit, era, own name) keys (equal by construction), by
   era; the council and committee bodies at province or district level, and how many are bound to a unit (all
   should be); bodies by type and level; meeting reports whose body is in the dimension;
2. figures: how many carry an indicator code (target 60%), by category;
3. meetings: reports, meetings, meetings merged from several reports;
4. office holders: rows, persons, rows whose person may be another (not merged), and the rows of
   `queries/who_chaired_each_provincial_council_by_term.sql` (councils, terms, chairs);

then the hand checks: each sample file of bench/data/ (`body_check*.csv`, `figure_check*.csv`,
`meeting_check*.csv`) with its verdicts counted (`ok`, `wrong`), and the rows of the sample the warehouse no longer
holds.

`--draw` writes the sample files of `--seed` (default 15) that do not exist yet, with empty verdicts, for a person to
fill in: 50 bodies, 100 coded figures, 30 meetings merged from several reports (all of them when there are fewer),
drawn with random.Random(seed) from ids in sorted order. Seed 15's files are `body_check.csv` ..., any other seed's
`body_check_<seed>.csv` .... The files hold ids and codes, never article text (the corpus has no redistribution
licence): read a figure with `localgov review SOURCE_ID`.
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from warehouse.db import connect  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "local-gov"
DATA = REPO / "bench" / "data"
SEED = 15
CHAIRS_QUERY = REPO / "queries" / "who_chaired_each_provincial_council_by_term.sql"

# sample kind -> (size, query of the population with its id column first, columns written for the checker)
SAMPLES = {
    "body_check": (
        50,
        """select b.body_id, b.body_type, b.level, b.unit_key, b.era, b.body_name,
                  (select count(*) from core.dim_body_alias a where a.body_id = b.body_id) as n_aliases,
                  (select count(*) from core.fact_session s where s.body_id = b.body_id) as n_reports,
                  (select count(*) from core.fact_person_role r where r.body_id = b.body_id) as n_roles
           from core.dim_body b order by b.body_id""",
    ),
    "figure_check": (
        100,
        """select f.source_id || ':' || f.char_start || '-' || f.char_end as figure, f.value, f.unit,
                  f.indicator_code
           from mart.indicator_values f where f.indicator_code is not null order by figure""",
    ),
    "meeting_check": (
        30,
        """select m.meeting_id, m.body_name, m.session_type, m.ordinal, m.term, m.start_date, m.end_date,
                  m.n_reports, array_to_string(m.source_ids, ' ') as source_ids
           from mart.meetings m where m.n_reports > 1 order by m.meeting_id""",
    ),
}


def build(db: Path) -> None:
    cmd = [str(REPO / ".venv" / "bin" / "localgov"), "run", str(CORPUS), "--db", str(db)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rows(con, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return con.execute(sql).fetchall()


def report(con) -> None:  # type: ignore[no-untyped-def]
    n_bodies, n_keys = rows(con, "select count(*), count(distinct (body_type, level, unit_key, era, own_name)) "
                                 "from core.dim_body")[0]  # fmt: skip
    eras = ", ".join(f"{era or 'central'} {n}" for era, n in rows(
        con, "select era, count(*) from core.dim_body group by 1 order by 1 nulls last"))  # fmt: skip
    print(f"1. bodies: {n_bodies} rows of core.dim_body, {n_keys} distinct (type, level, unit, era, own name); {eras}")
    territorial, bound = rows(
        con,
        "select count(*), count(unit_key) from core.dim_body where level in ('province', 'district') "
        "and body_type in ('peoples_council', 'peoples_committee', 'party_committee')",
    )[0]
    print(f"   councils and committees at province or district level: {territorial}, bound to a unit: {bound}")
    for body_type, level, n in rows(con, "select body_type, level, count(*) from core.dim_body group by all "
                                         "order by 3 desc, 1, 2"):  # fmt: skip
        print(f"  {n:4}  {body_type} {level}")
    reports = rows(con, "select count(*), count(body_id) from core.fact_session")[0]
    print(f"   meeting reports: {reports[0]}, of a body of the dimension: {reports[1]}")
    total, coded = rows(con, "select count(*), count(indicator_code) from mart.indicator_values")[0]
    print(f"2. figures: {total}, with a code: {coded} ({coded / max(total, 1):.1%}; target 60%)")
    by_category = rows(
        con,
        "select i.category, count(*) from mart.indicator_values f join core.dim_indicator i using (indicator_code) "
        "group by 1 order by 2 desc",
    )
    for category, n in by_category:
        print(f"  {n:4}  {category}")
    n_reports, n_meetings, merged, merged_reports = rows(
        con, "select count(*), count(distinct meeting_id), count(distinct meeting_id) filter (where n > 1), "
             "count(*) filter (where n > 1) from (select meeting_id, count(*) over (partition by meeting_id) as n "
             "from mart.sessions)")[0]  # fmt: skip
    print(f"3. meetings: {n_reports} reports are {n_meetings} meetings; {merged} meetings merge {merged_reports} "
          "reports")  # fmt: skip
    holders, persons, ambiguous = rows(
        con, "select count(*), count(distinct person_id), count(*) filter (where possible_same_person_as is not null) "
             "from mart.office_holders")[0]  # fmt: skip
    print(f"4. office holders: {holders} rows, {persons} persons, {ambiguous} rows whose person may be another")
    result = con.sql(CHAIRS_QUERY.read_text(encoding="utf-8"))
    chairs = [dict(zip(result.columns, r, strict=True)) for r in result.fetchall()]
    councils = {c["council"] for c in chairs}
    print(f"   {CHAIRS_QUERY.relative_to(REPO)}: {len(chairs)} rows, {len(councils)} councils, "
          f"{sum(c['term_years'] is not None for c in chairs)} with a term")  # fmt: skip
    for c in chairs[:8]:
        print(f"     {c['council']} | {c['term_years']} | {c['term'] or ''} | {c['person_name']} | {c['n_documents']}")


def sample_path(kind: str, seed: int) -> Path:
    """The file of a seed's sample: `body_check.csv` for seed 15, `body_check_<seed>.csv` for another."""
    return DATA / (f"{kind}.csv" if seed == SEED else f"{kind}_{seed}.csv")


def draw(con, seed: int) -> None:  # type: ignore[no-untyped-def]
    for kind, (size, sql) in SAMPLES.items():
        path = sample_path(kind, seed)
        if path.exists():
            continue
        result = con.execute(sql)
        columns = [c[0] for c in result.description]
        population = result.fetchall()
        sample = random.Random(seed).sample(population, min(size, len(population)))
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([*columns, "verdict", "note"])
            writer.writerows([*row, "", ""] for row in sorted(sample, key=lambda r: str(r[0])))
        print(f"wrote {path.relative_to(REPO)}: {len(sample)} of {len(population)}")


def checks(con) -> None:  # type: ignore[no-untyped-def]
    for kind, (_, sql) in SAMPLES.items():
        paths = sorted(DATA.glob(f"{kind}*.csv"))
        if not paths:
            print(f"{kind}: not drawn yet (--draw)")
            continue
        held = {str(r[0]) for r in con.execute(sql).fetchall()}
        for path in paths:
            with path.open(encoding="utf-8") as f:
                sample = list(csv.DictReader(f))
            id_column = next(iter(sample[0])) if sample else ""
            verdicts = [r["verdict"] for r in sample]
            ok, wrong = verdicts.count("ok"), verdicts.count("wrong")
            gone = sum(r[id_column] not in held for r in sample)
            share = f", {ok / (ok + wrong):.3f} right" if ok + wrong else ""
            print(f"{path.name}: {len(sample)} checked by hand: {ok} ok, {wrong} wrong{share}; "
                  f"{gone} no longer in the warehouse")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="a warehouse of the 459 articles (default: build one)")
    ap.add_argument("--draw", action="store_true", help="write the sample files that do not exist yet")
    ap.add_argument("--seed", type=int, default=SEED, help=f"the seed of the samples --draw writes ({SEED})")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="localgov-dims-") as tmp:
        db = args.db
        if db is None:
            if not CORPUS.exists():
                print(f"no corpus at {CORPUS} (../shared is absent): nothing to measure")
                return 0
            db = Path(tmp) / "local-gov.duckdb"
            build(db)
        con = connect(db, read_only=True)
        try:
            report(con)
            if args.draw:
                draw(con, args.seed)
            checks(con)
        finally:
            con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
