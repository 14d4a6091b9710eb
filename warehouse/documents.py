"""What the warehouse knows about documents between runs: their stored rows, where their inputs are, and what
becomes of a document whose input cannot be read or is gone (its content stays; its row and
`meta.document_events` say so).

A run's input roots are absolute paths (`flows.raw_document.path_text`); a document is under them when its
`input_path` is a root or inside one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import duckdb
import polars as pl

from transforms.ingest import STORED
from warehouse.db import rollback, scalar
from warehouse.dimensions import refresh_dimensions, touch_dimensions

UNDER_ROOTS = (
    "exists (select 1 from unnest($roots::varchar[]) u(root) "
    "where {path} = u.root or starts_with({path}, rtrim(u.root, '/') || '/'))"
)
# When a run last read a document: the start of the latest other successful run whose roots cover its input.
LAST_SEEN = """
greatest(d.loaded_at, (
    select max(r.started_at) from meta.runs r
    where r.status = 'succeeded' and r.run_id <> $run
      and exists (select 1 from unnest(r.input_roots) u(root)
                  where d.input_path = u.root or starts_with(d.input_path, rtrim(u.root, '/') || '/'))))
"""
_STATE = "coalesce(d.input_state, 'present')"


# Past this many documents a run looks each batch's rows up in the warehouse rather than hold them all (about 400
# bytes a document in memory).
SNAPSHOT_MAX_ROWS = 250_000
_STORED_COLUMNS = f"""
    source_id, content_sha256 as stored_sha256, pipeline_version as stored_version, status as stored_status,
    status_reason as stored_reason, duplicate_of as stored_duplicate_of, source_path as stored_source_path,
    input_path as stored_input_path, input_sha256 as stored_input_sha256, {_STATE} as stored_state, text_key,
    case when status in ('loaded', 'irrelevant') then minhash end as minhash, is_relevant
"""


def stored_snapshot(con: duckdb.DuckDBPyConnection) -> pl.DataFrame | None:
    """Every document's stored row (`STORED` but its text), read in one query at a run's start, so that each batch
    looks its documents up in memory (`stored_rows`); None when the warehouse holds more than `SNAPSHOT_MAX_ROWS`.

    A run writes only the rows of ids it has taken, and looks up only ids it has not yet taken (a repeated id is
    given a new one first), so the snapshot stays true for every look-up of the run."""
    if int(scalar(con, "select count(*) from core.documents") or 0) > SNAPSHOT_MAX_ROWS:  # type: ignore[call-overload]
        return None
    return con.sql(f"select {_STORED_COLUMNS} from core.documents d").pl()


def same_as_last_run(con: duckdb.DuckDBPyConnection, roots: Sequence[str], version: str) -> bool:
    """Whether the warehouse's latest run read the same input roots, in the same order, in pipeline `version`, and
    succeeded: then every document a new run reads as it was stored was judged by that run, after the same
    documents."""
    rows = con.execute(
        "select status, pipeline_version, input_roots from meta.runs order by started_at desc limit 1"
    ).fetchall()
    if not rows:
        return False
    status, last_version, last_roots = rows[0]
    return bool(status == "succeeded" and last_version == version and list(last_roots or []) == list(roots))


def stored_rows(
    con: duckdb.DuckDBPyConnection, source_ids: Sequence[str], snapshot: pl.DataFrame | None = None
) -> pl.DataFrame:
    """The warehouse's rows (`transforms.ingest.STORED`) of the given documents, from `snapshot` (`stored_snapshot`)
    when there is one; signatures and (where a loaded document has no signature) texts of originals only.

    The look-up reads none of the stored texts: naming `clean_text` in it would make DuckDB read (and decompress)
    that column of every stored document, for each batch. The few texts wanted are read afterwards, by id."""
    wanted = pl.DataFrame({"source_id": list(source_ids)}, schema={"source_id": pl.String})
    if snapshot is not None:
        frame = snapshot.join(wanted, on="source_id")
    else:
        con.register("wanted_ids", wanted)
        try:
            frame = con.sql(f"select {_STORED_COLUMNS} from core.documents d join wanted_ids using (source_id)").pl()
        finally:
            con.unregister("wanted_ids")
    unsigned = frame.filter((pl.col("stored_status") == "loaded") & pl.col("minhash").is_null())["source_id"]
    texts = pl.DataFrame(schema={"source_id": pl.String, "clean_text": pl.String})
    if unsigned.len():
        texts = con.execute(
            "select source_id, clean_text from core.documents where source_id = any($ids::varchar[])",
            {"ids": unsigned.to_list()},
        ).pl()
    return frame.join(texts, on="source_id", how="left").cast(dict(STORED))  # type: ignore[arg-type]


def outside_originals(
    con: duckdb.DuckDBPyConnection, roots: Sequence[str]
) -> Iterator[tuple[str, str | None, bytes | None, bool | None]]:
    """(source_id, text_key, signature, is_relevant) of the originals (loaded or irrelevant) whose inputs are outside
    the run's roots and present: the run's copies of them are duplicates."""
    cursor = con.execute(
        f"""
        select source_id, text_key, minhash, is_relevant from core.documents d
        where status in ('loaded', 'irrelevant') and {_STATE} = 'present'
          and not coalesce({UNDER_ROOTS.format(path="d.input_path")}, false)
        order by source_id
        """,
        {"roots": list(roots)},
    )
    while rows := cursor.fetchmany(10_000):
        yield from rows


def record_input_changes(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Within a batch's transaction: apply `batch_kept` (source_id, reason: inputs that failed while the warehouse
    holds good content for them) and `batch_touched` (source_id, source_path, input_path, input_sha256: unchanged
    documents read from another path or readable again), with an event for each change of state."""
    params = {"run": run_id}
    con.execute(
        f"""
        insert into meta.document_events
        select $run, k.source_id, current_localtimestamp(), 'unreadable', k.reason
        from batch_kept k join core.documents d using (source_id)
        where {_STATE} <> 'unreadable' or d.last_error is distinct from k.reason
        """,
        params,
    )
    con.execute(
        f"""
        update core.documents d set input_state = 'unreadable', last_error = k.reason,
            last_error_at = current_localtimestamp(),
            last_seen_at = case when {_STATE} = 'present' then {LAST_SEEN} else d.last_seen_at end
        from batch_kept k
        where d.source_id = k.source_id and ({_STATE} <> 'unreadable' or d.last_error is distinct from k.reason)
        """,
        params,
    )
    con.execute(
        f"""
        insert into meta.document_events
        select $run, t.source_id, current_localtimestamp(), 'back', 'was ' || {_STATE}
        from batch_touched t join core.documents d using (source_id) where {_STATE} <> 'present'
        """,
        params,
    )
    con.execute(
        """
        update core.documents d set source_path = t.source_path, input_path = t.input_path,
            input_sha256 = t.input_sha256, input_state = 'present', last_seen_at = null, last_error = null,
            last_error_at = null
        from batch_touched t where d.source_id = t.source_id
        """
    )
    touch_dimensions(con, "(select source_id from batch_kept union all select source_id from batch_touched)")


def mark_vanished(
    con: duckdb.DuckDBPyConnection, run_id: str, roots: Sequence[str], seen: Sequence[str]
) -> tuple[int, int]:
    """After a successful run: the documents under its roots that it did not meet are gone. One that was never read
    well (quarantined) is removed; any other keeps its content and is marked missing. Returns (missing, removed)."""
    con.register("run_seen", pl.DataFrame({"source_id": list(seen)}, schema={"source_id": pl.String}))
    con.execute("begin transaction")
    try:
        con.execute(
            f"""
            create or replace temp table vanished as
            select source_id, status, {_STATE} as state from core.documents d
            where {UNDER_ROOTS.format(path="d.input_path")} and {_STATE} <> 'missing'
              and source_id not in (select source_id from run_seen)
            """,
            {"roots": list(roots)},
        )
        con.execute(
            """
            insert into meta.document_events
            select $run, source_id, current_localtimestamp(),
                   case when status = 'quarantined' then 'removed' else 'missing' end, 'was ' || state
            from vanished
            """,
            {"run": run_id},
        )
        con.execute(
            "delete from core.documents where source_id in "
            "(select source_id from vanished where status = 'quarantined')"
        )
        con.execute(
            f"""
            update core.documents d set input_state = 'missing',
                last_error = 'missing: no longer found under the run''s inputs',
                last_error_at = current_localtimestamp(),
                last_seen_at = case when {_STATE} = 'present' then {LAST_SEEN} else d.last_seen_at end
            from vanished v where d.source_id = v.source_id and v.status <> 'quarantined'
            """,
            {"run": run_id},
        )
        counts = con.execute(
            "select count(*) filter (status <> 'quarantined'), count(*) filter (status = 'quarantined') from vanished"
        ).fetchall()[0]
        touch_dimensions(con, "vanished")
        refresh_dimensions(con)
        con.execute("drop table vanished")
        con.execute("commit")
    except BaseException:
        rollback(con)
        raise
    finally:
        con.unregister("run_seen")
    return int(counts[0]), int(counts[1])
