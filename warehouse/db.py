"""Opening the warehouse: one DuckDB file, its numbered DDL applied once each, the public views refreshed, and the
reference dimensions (administrative units, dates, indicator codes) filled on first use.

DuckDB admits one writing process per file, or any number of reading ones, never both at once. A run holds the
file from batch to batch and lets go at its next step when a reader knocks (`warehouse.knock`), so
`connect(..., wait=SECONDS)` knocks and waits that long for a holder to let go before it raises `WarehouseBusy`. Two
runs are kept apart by `warehouse.runlock`.

A new warehouse is written in the storage format of DuckDB 1.0 (`STORAGE_COMPATIBILITY`), which every 1.x DuckDB
tool (the `duckdb` command line, DBeaver, older Python and R packages) opens; DuckDB 2 writes a format they refuse.

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

from warehouse.attach import attach_for_writing
from warehouse.knock import is_locked, when_free

SQL_DIR = Path(__file__).with_name("sql")
DEFAULT_DB = Path("warehouse") / "localgov.duckdb"
STORAGE_COMPATIBILITY = "v1.0.0"  # the storage format a new warehouse is created in (read by DuckDB 1.0 and later)
_MIGRATION_RE = re.compile(r"^(\d{3})_[\w-]+\.sql$")


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


def digest_recorded(con: duckdb.DuckDBPyConnection, table: str, digest: str) -> bool:
    """Whether a one-row digest table (`meta.view_digest`, `meta.catalogue_digest`) holds `digest`: what it stands
    for was made from the same files."""
    return bool(scalar(con, f"select count(*) from {table} where digest = ?", [digest]))


def record_digest(con: duckdb.DuckDBPyConnection, table: str, digest: str) -> None:
    """Make `digest` the one row of a digest table (inside the caller's transaction, beside what it stands for)."""
    con.execute(f"delete from {table}")
    con.execute(f"insert into {table} (digest) values (?)", [digest])


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
    from warehouse.views import refresh_views  # here: it reads this module's helpers

    refresh_views(con, force=bool(applied))
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


# What reading an open warehouse can meet that is the file's fault, not the SQL's.
_DAMAGE_CUES = ("corrupt database", "could not read enough bytes")


def damage(exc: BaseException, path: str | Path) -> WarehouseError | None:
    """An error met while reading an open warehouse that says the file is damaged, as a one-line `WarehouseError`;
    None for any other (the SQL's own, a sandbox's refusal)."""
    text = str(exc).lower()
    return explain(exc, path) if any(cue in text for cue in _DAMAGE_CUES) else None


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
    wait: float = 0.0,
    prepare: bool = True,
    sandbox: bool = False,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; for writing (unless `prepare` is false: a run's later opens), bring its schema up to date
    and fill the reference dimensions.

    `memory_limit` (e.g. "128MB") bounds DuckDB's buffer pool: by default DuckDB takes up to 80% of the machine's
    memory and keeps what a long load wrote cached, so a run's memory would grow with the corpus. `threads` bounds
    its worker threads (default: one per core). `wait`: seconds to wait while another process holds the file.
    `sandbox` (read-only only) opens it so that SQL can reach no other file, no network and no extension. A file of
    another program (a DuckDB database without localgov's schema record, SQLite, anything else) is refused before
    anything is written to it; every failure to open is a `WarehouseError` whose message is one line."""
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
            if not path.exists():
                config["storage_compatibility_version"] = STORAGE_COMPATIBILITY
    except OSError as exc:
        raise explain(exc, path) or WarehouseError(f"cannot open {path}: {str(exc).splitlines()[0]}") from exc
    con = _open(path, read_only, config, wait)
    try:
        if _foreign(con):
            raise WarehouseError(
                f"{path} is a DuckDB database of another program, not a localgov warehouse: left as it is; "
                "give --db a new file or a localgov warehouse"
            )
        if read_only or not prepare:
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


def _open(path: Path, read_only: bool, config: dict[str, str | int | bool], wait: float) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect` (for writing: `warehouse.attach`), retried for `wait` seconds while another process holds the
    file (`warehouse.knock.when_free`); any other failure as a one-line `WarehouseError`."""

    def open_once() -> duckdb.DuckDBPyConnection:
        if read_only:
            return duckdb.connect(str(path), read_only=True, config=config)
        return attach_for_writing(path, config)

    try:
        return when_free(path, open_once, wait)
    except (duckdb.Error, OSError) as exc:
        message = str(exc)
        if is_locked(exc):
            raise WarehouseBusy(
                f"the warehouse {path} is in use by another process (a run committing a batch, or a long query); "
                f"try again in a moment. DuckDB said: {message.splitlines()[0]}"
            ) from exc
        if "already attached" in message:  # a writer's connection of this process (another run's) holds it
            raise WarehouseBusy(
                f"a run is still loading into this warehouse from this process ({path}); wait for it to finish "
                "and try again"
            ) from exc
        raise explain(exc, path) or WarehouseError(f"cannot open {path}: {message.splitlines()[0]}") from exc


def check_writable(path: str | Path = DEFAULT_DB, wait: float = 0.0) -> None:
    """Open the warehouse for writing and close it again: raises `WarehouseBusy`, `WarehouseTooNew` or
    `WarehouseError` in about a second, before a run spends time starting its orchestration. It does not migrate
    the file nor refresh its views (the run does, when it first opens it: once per run is enough)."""
    connect(path, wait=wait, prepare=False).close()


def seed_reference_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the dimensions that do not come from documents: dates, administrative units and the old→new bridge
    between the units of before and after the 2025 reform, once; the indicators of the catalogue
    (`transforms/extraction/indicators/catalogue.toml`), whenever it (or the module that reads it) changed."""
    if not scalar(con, "select count(*) from core.dim_date"):
        con.execute(
            """
            insert into core.dim_date
            select d::date, year(d), quarter(d), month(d), day(d), weekofyear(d), isodow(d)
            from range(date '1945-01-01', date '2051-01-01', interval 1 day) t(d)
            """
        )
    from warehouse.admin_units import seed_admin_units
    from warehouse.indicator_catalogue import seed_indicators

    seed_indicators(con)
    seed_admin_units(con)
