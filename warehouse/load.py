"""Loading batches into the warehouse, and the run records around them.

A batch loads in one transaction: its documents are upserted by source_id, their staging rows and facts are
replaced (a changed document replaces only its own facts), and the people and bodies the facts name are brought up
to date (`warehouse.dimensions`). Frames reach DuckDB through Arrow; every value is a bound parameter or a registered
frame, never formatted into SQL.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Sequence
from datetime import datetime

import duckdb
import polars as pl

from transforms.schemas import DOCUMENT_FACTS, Facts
from warehouse.db import WarehouseBusy, rollback, scalar
from warehouse.dimensions import refresh_dimensions, touch_dimensions
from warehouse.documents import record_input_changes

HOSTNAME = socket.gethostname()
PROCESS_TOKEN = uuid.uuid4().hex  # drawn once per process: process ids are reused, this is not
_START_LOCK = threading.Lock()  # two threads of one process start runs one after the other

DOCUMENT_COLUMNS = (
    "source_id, source_path, content_sha256, status, status_reason, duplicate_of, encoding, url, title, published_at, "
    "fetched_at, event_date, event_date_basis, authors, source_unit, category, province_key, district_key, "
    "province_key_2025, commune_key_2025, is_relevant, relevance_reason, relevance_score, text_key, minhash, "
    "clean_text, input_path, input_sha256"
)
# A row written from a batch is read from its input now: nothing to say about its input's state.
_FRESH_STATE = (
    "'present' as input_state, null::timestamp as last_seen_at, null::varchar as last_error, "
    "null::timestamp as last_error_at"
)

# A document demoted to a copy keeps none of its own document-level facts, as a copy read in the first place has none.
_NO_DOCUMENT_FACTS = ", ".join(f"{column} = null" for column in DOCUMENT_FACTS if column != "source_id")

RUN_COUNTS = (
    "seen",
    "unchanged",
    "loaded",
    "quarantined",
    "duplicate",
    "irrelevant",
    "sessions",
    "roles",
    "indicators",
    "kept",
    "missing",
)

# A person is the same across documents where the folded name, the province and, for someone holding posts below the
# province, the district of those posts agree (transforms/normalize/people.py); without a district scope the id is
# that of the earlier definition (name and province), so older warehouses keep their ids.
_PERSON_ID = (
    "md5(concat_ws('|', r.name_key, coalesce(r.person_scope, '')"
    " || case when r.person_district is not null then '|' || r.person_district else '' end))"
)

# A changed document's earlier facts go first; a batch of documents new to the warehouse skips these scans.
_DELETE_FACTS = """
delete from core.fact_person_role where source_id in (select source_id from batch_replaced);
delete from core.fact_indicator_value where source_id in (select source_id from batch_replaced);
delete from core.fact_session where source_id in (select source_id from batch_replaced);
delete from staging.person_roles where source_id in (select source_id from batch_replaced);
delete from staging.indicator_values where source_id in (select source_id from batch_replaced);
delete from staging.sessions where source_id in (select source_id from batch_replaced);
"""

_INSERT_FACTS = """
insert into staging.sessions by name select * from batch_sessions;
insert into staging.person_roles by name select * from batch_roles;
insert into staging.indicator_values by name select * from batch_indicators;

insert into core.fact_session by name
select
    md5(concat_ws('|', s.source_id, s.seq, s.session_type, coalesce(s.start_date::varchar, ''),
                  coalesce(s.ordinal::varchar, ''), coalesce(s.body_key, ''))) as session_id,
    s.source_id, s.seq, s.body_id, s.body_part, s.body_name as body_name_as_written, s.body_unit_key as unit_key,
    s.session_type, s.ordinal, s.term, s.term_start_year, s.term_end_year, s.start_date, s.end_date,
    'legacy:province:' || s.province_code as province_key, 'legacy:district:' || s.district_code as district_key,
    s.evidence, s.char_start, s.char_end, $version as pipeline_version,
    '2025:province:' || s.province_code_2025 as province_key_2025,
    '2025:commune:' || s.commune_code_2025 as commune_key_2025
from batch_sessions s;

insert into core.fact_person_role by name
select
    md5(concat_ws('|', r.source_id, r.seq, r.name_key, r.position, r.organization_type, r.level)) as role_id,
    r.source_id, r.seq, $person_id as person_id,
    r.position, r.organization_type, r.level, r.title_text, r.body_id, r.body_part, r.unit_key,
    main.session_id, r.evidence, r.char_start, r.char_end, $version as pipeline_version
from batch_roles r
left join core.fact_session main on main.source_id = r.source_id and main.seq = 0;

insert into core.fact_indicator_value by name
select
    md5(concat_ws('|', i.source_id, i.seq, i.char_start, i.char_end, i.unit)) as figure_id,
    i.source_id, i.seq, main.session_id, i.indicator_code, i.indicator_label, i.value, i.unit, i.qualifier,
    i.measure, i.figure_text, i.period_label, i.period_start, i.period_end,
    d.province_key, d.district_key, i.evidence, i.char_start, i.char_end, $version as pipeline_version
from batch_indicators i
join batch_documents d using (source_id)
left join core.fact_session main on main.source_id = i.source_id and main.seq = 0;
"""


def start_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    version: str,
    inputs: Sequence[str],
    flow_run_id: str | None,
    roots: Sequence[str] = (),
) -> int:
    """Record a run as running, with its inputs (as given, and as absolute `roots`) and the host, process id and
    process token that own it; returns how many runs left `running` by a dead process were marked failed.

    DuckDB gives the file to one process at a time, so a run still `running` from another process died with it. One
    still `running` from this very process is alive (a second flow run started in the same process, sharing its
    DuckDB instance): `WarehouseBusy` is raised and nothing is written.
    """
    with _START_LOCK:
        con.execute("begin transaction")
        try:
            live = con.execute(
                "select run_id from meta.runs where status = 'running' and process_token = ?", [PROCESS_TOKEN]
            ).fetchall()
            if live:
                raise WarehouseBusy(
                    f"run {live[0][0]} is still loading into this warehouse from this process; "
                    "wait for it to finish and try again"
                )
            stale = con.execute(
                """
                update meta.runs set status = 'failed',
                    error = 'interrupted: process ' || coalesce(pid::varchar, '?') || ' on '
                            || coalesce(hostname, 'an unknown host') || ' ended before the run finished'
                where status = 'running' returning run_id
                """
            ).fetchall()
            con.execute(
                "insert into meta.runs (run_id, flow_run_id, started_at, status, pipeline_version, inputs, "
                "input_roots, hostname, pid, process_token) values (?, ?, ?, 'running', ?, ?, ?, ?, ?, ?)",
                [
                    run_id,
                    flow_run_id,
                    datetime.now(),
                    version,
                    list(inputs),
                    list(roots),
                    HOSTNAME,
                    os.getpid(),
                    PROCESS_TOKEN,
                ],
            )
            con.execute("commit")
        except BaseException:
            rollback(con)
            raise
    return len(stale)


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    status: str,
    counts: dict[str, int],
    stage_seconds: dict[str, float],
    error: str | None = None,
) -> None:
    """Close a run's record with its counts and stage timings."""
    con.execute(
        """
        update meta.runs set ended_at = ?, status = ?, error = ?, stage_seconds = ?,
            n_seen = ?, n_unchanged = ?, n_loaded = ?, n_quarantined = ?, n_duplicate = ?, n_irrelevant = ?,
            n_sessions = ?, n_roles = ?, n_indicators = ?, n_kept = ?, n_missing = ?
        where run_id = ?
        """,
        [
            datetime.now(),
            status,
            error,
            stage_seconds,
            *(counts.get(k, 0) for k in RUN_COUNTS),
            run_id,
        ],
    )


def _frame(rows: pl.DataFrame | None, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    return rows if rows is not None else pl.DataFrame(schema=schema)


def load_batch(
    con: duckdb.DuckDBPyConnection,
    documents: pl.DataFrame,
    facts: Facts,
    *,
    run_id: str,
    version: str,
    demoted: pl.DataFrame | None = None,
    kept: pl.DataFrame | None = None,
    touched: pl.DataFrame | None = None,
) -> None:
    """Load one batch in one transaction: all of it or, on any error, none of it.

    `documents` has the columns of `DOCUMENT_COLUMNS` (cleaned documents joined with their document-level facts).
    `demoted` (source_id, duplicate_of, status_reason) are originals the warehouse held unchanged that the run found
    to be copies of an earlier document: they lose their facts. `kept` and `touched` are inputs that failed and
    unchanged documents read from elsewhere (`warehouse.documents.record_input_changes`).
    """
    repeated = documents.filter(pl.col("source_id").is_duplicated())["source_id"].unique().sort().to_list()
    if repeated:  # ids are made unique when read (transforms.ingest.assign_ids): this is a bug, and nothing is written
        raise ValueError(f"a batch holds the source_id {repeated[0]!r} more than once: not loading it")
    for column in ("input_path", "input_sha256"):  # documents from nowhere on disk
        if column not in documents.columns:
            documents = documents.with_columns(pl.lit(None, dtype=pl.String).alias(column))
    frames = {
        "batch_documents": documents.with_columns(
            pl.lit(run_id).alias("run_id"), pl.lit(version).alias("pipeline_version")
        ),
        "batch_sessions": facts.sessions,
        "batch_roles": facts.roles,
        "batch_indicators": facts.indicators,
        "batch_demoted": _frame(
            demoted, {"source_id": pl.String, "duplicate_of": pl.String, "status_reason": pl.String}
        ),
        "batch_kept": _frame(kept, {"source_id": pl.String, "reason": pl.String}),
        "batch_touched": _frame(
            touched,
            {"source_id": pl.String, "source_path": pl.String, "input_path": pl.String, "input_sha256": pl.String},
        ),
    }
    for name, frame in frames.items():
        con.register(name, frame.to_arrow())
    con.execute("begin transaction")
    try:
        con.execute(
            "create or replace temp table batch_replaced as select source_id from core.documents "
            "where source_id in (select source_id from batch_documents union all select source_id from batch_demoted)"
        )
        replaced = scalar(con, "select count(*) from batch_replaced")
        if replaced:
            touch_dimensions(con, "batch_replaced")  # whom the facts about to go name
        # Replaced as deleted, then inserted with the new: DuckDB's `insert or replace` holds several times a
        # batch's bytes in memory while it checks each row for a conflict (5,000 crawl pages did not fit in 96 MB).
        if replaced:
            con.execute("delete from core.documents where source_id in (select source_id from batch_documents)")
        con.execute(
            f"insert into core.documents by name select {DOCUMENT_COLUMNS}, run_id, pipeline_version, "
            f"current_localtimestamp() as loaded_at, {_FRESH_STATE} from batch_documents"
        )
        con.execute(
            f"""
            update core.documents d set status = 'duplicate', duplicate_of = m.duplicate_of,
                status_reason = m.status_reason, minhash = null, {_NO_DOCUMENT_FACTS}, run_id = $run,
                pipeline_version = $version, loaded_at = current_localtimestamp()
            from batch_demoted m where d.source_id = m.source_id
            """,
            {"run": run_id, "version": version},
        )
        statements = (_DELETE_FACTS if replaced else "") + _INSERT_FACTS
        for statement in filter(str.strip, statements.split(";")):
            statement = statement.replace("$person_id", _PERSON_ID)
            con.execute(statement, {"version": version} if "$version" in statement else None)
        touch_dimensions(con, "batch_documents")  # whom the new facts name
        record_input_changes(con, run_id)
        refresh_dimensions(con)
        con.execute("drop table batch_replaced")
        con.execute("commit")
    except BaseException:  # Ctrl-C too: the run is then recorded as failed, outside this transaction
        rollback(con)
        raise
    finally:
        for name in frames:
            con.unregister(name)
