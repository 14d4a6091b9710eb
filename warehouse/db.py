"""Opening the warehouse: one DuckDB file, its numbered DDL applied once each, the public views refreshed, and the
reference dimensions (administrative units, dates, indicator codes) filled on first use.

DuckDB admits one writing process per file. A second writer gets `WarehouseBusy` at once, with the holder's PID.

The warehouse records the migrations applied to it (`meta.schema_version`). Opening it for writing applies the newer
ones, each in its own transaction; a warehouse written by a newer localgov (a version this code has no migration
for) is refused with `WarehouseTooNew`, read-only or not, rather than read or written by code that does not know
its tables. An older warehouse opened read-only is read as it is (its views are those its own version made).
"""

from __future__ import annotations

import contextlib
import re
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path

import duckdb
import polars as pl

from transforms.codes import INDICATOR_CODES

SQL_DIR = Path(__file__).with_name("sql")
DEFAULT_DB = Path("warehouse") / "localgov.duckdb"
_MIGRATION_RE = re.compile(r"^(\d{3})_[\w-]+\.sql$")
ADMIN_UNIT_COLUMNS = (
    "unit_key, era, level, code, name, short_name, unit_type, parent_code, province_code, province_name, "
    "district_code, valid_from, valid_to"
)


class WarehouseError(RuntimeError):
    """The warehouse cannot be opened as asked; the message says why and what to do."""


class WarehouseBusy(WarehouseError):
    """Another process (or another run of this one) holds the warehouse for writing."""


class WarehouseTooNew(WarehouseError):
    """The warehouse was written by a newer localgov: its schema version is past this code's migrations."""


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> object:
    """The first value of a query's result. (DuckDB 2 keeps a result open after fetchone(); fetchall() closes it.)"""
    rows = con.execute(sql, params).fetchall()
    return rows[0][0] if rows else None


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if any (a failed commit has already rolled it back)."""
    with contextlib.suppress(duckdb.TransactionException):
        con.execute("rollback")


def migrations() -> list[tuple[int, Path]]:
    """The numbered DDL files, in order: (version, path)."""
    found = [(int(m.group(1)), p) for p in SQL_DIR.iterdir() if (m := _MIGRATION_RE.match(p.name))]
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied, 0 for an empty file."""
    exists = scalar(
        con,
        "select count(*) from information_schema.tables where table_schema = 'meta' and table_name = 'schema_version'",
    )
    if not exists:
        return 0
    return int(scalar(con, "select coalesce(max(version), 0) from meta.schema_version") or 0)


def latest_version() -> int:
    """The schema version this code brings a warehouse to: its highest migration."""
    return max((version for version, _ in migrations()), default=0)


def check_version(con: duckdb.DuckDBPyConnection, path: str | Path = "") -> int:
    """The warehouse's schema version; raises `WarehouseTooNew` when this code is older than the warehouse."""
    current, known = schema_version(con), latest_version()
    if current > known:
        raise WarehouseTooNew(
            f"the warehouse{f' {path}' if path else ''} has schema version {current}, but this localgov "
            f"({_package_version()}) knows versions up to {known} only: it was written by a newer localgov. Upgrade "
            "localgov-vn "
            "(e.g. `pip install -U localgov-vn`) to open it."
        )
    return current


def _package_version() -> str:
    try:
        return package_version("localgov-vn")
    except PackageNotFoundError:
        return "unknown version"


def migrate(con: duckdb.DuckDBPyConnection, path: str | Path = "") -> list[int]:
    """Apply every migration newer than the file's schema version, each in its own transaction; then refresh the
    views. Returns the versions applied. Raises `WarehouseTooNew` for a warehouse newer than this code (`path` only
    names the file in the message)."""
    current = check_version(con, path)
    applied = []
    for version, sql_file in migrations():
        if version <= current:
            continue
        con.execute("begin transaction")
        try:
            con.execute(sql_file.read_text(encoding="utf-8"))
            con.execute("insert into meta.schema_version (version, name) values (?, ?)", [version, sql_file.name])
            con.execute("commit")
        except BaseException:
            rollback(con)
            raise
        applied.append(version)
    # Re-creating a view drops its comments: both files run on every open.
    con.execute((SQL_DIR / "mart_views.sql").read_text(encoding="utf-8"))
    con.execute((SQL_DIR / "mart_comments.sql").read_text(encoding="utf-8"))
    return applied


# Never fetch or load an extension behind the user's back (opening an SQLite file as a warehouse would download
# DuckDB's SQLite reader).
_NO_EXTENSIONS: dict[str, str | int | bool] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
# A sandbox for ad-hoc read-only SQL: no file but the warehouse, no network, no extension, no way to change that.
SANDBOX: dict[str, str | int | bool] = {"enable_external_access": False, "lock_configuration": True}
_OPEN_ERRORS = (
    ("is a directory", "{path} is a folder: give --db a file (e.g. {path}/localgov.duckdb)"),
    ("not a valid duckdb database", "{path} is not a DuckDB warehouse: give --db a .duckdb file"),
    # DuckDB reads other formats (SQLite ...) through extensions, which a warehouse never needs and none is loaded
    ("extension", "{path} is not a DuckDB warehouse (another program's format): give --db a .duckdb file"),
    ("wal does not match", "{path}.wal belongs to another database file: move it away and open {path} again"),
    ("replaying wal", "{path}.wal cannot be replayed (damaged or from another file): move it away and try again"),
    ("corrupt database", "{path} is damaged (a checksum does not match): restore it from a copy or build it anew"),
    ("could not read enough bytes", "{path} is damaged (cut short): restore it from a copy or build it anew"),
    ("no space left", "the disk holding {path} is full: free some space and try again"),
    ("read-only file system", "{path} is on a read-only file system: give --db a file in a folder you can write"),
    ("permission denied", "no permission to write {path} or its folder: give --db a file in a folder you can write"),
)


def explain(exc: BaseException, path: str | Path) -> WarehouseError | None:
    """A DuckDB or OS error about the warehouse file as a one-line `WarehouseError`, or None for any other error."""
    text = str(exc).lower()
    for cue, message in _OPEN_ERRORS:
        if cue in text:
            return WarehouseError(message.format(path=path))
    if isinstance(exc, OSError) and exc.strerror:
        return WarehouseError(f"cannot use {path}: {exc.strerror}")
    return None


def _foreign(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the open file holds tables but no localgov schema record: another program's database."""
    if schema_version(con):
        return False
    tables = scalar(con, "select count(*) from duckdb_tables() where database_name = current_database()")
    return bool(tables)


def connect(
    path: str | Path = DEFAULT_DB,
    *,
    read_only: bool = False,
    memory_limit: str | None = None,
    threads: int | None = None,
    sandbox: bool = False,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; for writing, bring its schema up to date and fill the reference dimensions.

    `memory_limit` (e.g. "128MB") bounds DuckDB's buffer pool: by default DuckDB takes up to 80% of the machine's
    memory and keeps what a long load wrote cached, so a run's memory would grow with the corpus. `threads` bounds
    its worker threads (default: one per core). `sandbox` (read-only only) opens it so that SQL can reach no other
    file, no network and no extension. A file of another program (a DuckDB database without localgov's schema
    record, SQLite, anything else) is refused before anything is written to it; every failure to open is a
    `WarehouseError` whose message is one line."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `localgov run` first")
    config: dict[str, str | int | bool] = dict(_NO_EXTENSIONS)
    if memory_limit is not None:
        config["memory_limit"] = memory_limit
    if threads is not None:
        config["threads"] = threads
    if sandbox and read_only:
        config |= SANDBOX
    try:
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path), read_only=read_only, config=config)
    except (duckdb.Error, OSError) as exc:
        if "could not set lock" in str(exc).lower() or "conflicting lock" in str(exc).lower():
            raise WarehouseBusy(
                f"the warehouse {path} is in use by another process (a run is loading); "
                f"wait for it to finish and try again. DuckDB said: {str(exc).splitlines()[0]}"
            ) from exc
        raise explain(exc, path) or WarehouseError(f"cannot open {path}: {str(exc).splitlines()[0]}") from exc
    try:
        if _foreign(con):
            raise WarehouseError(
                f"{path} is a DuckDB database of another program, not a localgov warehouse: left as it is; "
                "give --db a new file or a localgov warehouse"
            )
        if read_only:
            check_version(con, path)
        else:
            migrate(con, path)
            seed_reference_dimensions(con)
    except BaseException as exc:
        con.close()
        if isinstance(exc, duckdb.Error | OSError) and (explained := explain(exc, path)) is not None:
            raise explained from exc
        raise
    return con


def check_writable(path: str | Path = DEFAULT_DB) -> None:
    """Open the warehouse for writing and close it again: raises `WarehouseBusy`, `WarehouseTooNew` or
    `WarehouseError` in about a second, before a run spends time starting its orchestration (the run still holds
    the file from the moment it opens it; this only answers early)."""
    connect(path).close()


def seed_reference_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the dimensions that do not come from documents, once: dates, indicator codes, administrative units."""
    if not scalar(con, "select count(*) from core.dim_date"):
        con.execute(
            """
            insert into core.dim_date
            select d::date, year(d), quarter(d), month(d), day(d), weekofyear(d), isodow(d)
            from range(date '1945-01-01', date '2051-01-01', interval 1 day) t(d)
            """
        )
    indicators = pl.DataFrame(
        {"indicator_code": list(INDICATOR_CODES), "label_vi": list(INDICATOR_CODES.values())}
    ).to_arrow()
    con.register("seed_indicators", indicators)
    con.execute("insert or replace into core.dim_indicator select * from seed_indicators")
    con.unregister("seed_indicators")
    if not scalar(con, "select count(*) from core.dim_admin_unit"):
        from warehouse.gazetteer import load_admin_units

        con.register("seed_units", load_admin_units().to_arrow())
        con.execute(f"insert into core.dim_admin_unit by name select {ADMIN_UNIT_COLUMNS} from seed_units")
        con.unregister("seed_units")
