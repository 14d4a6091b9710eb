"""The reference frames every run needs (the administrative units of both eras, the old→new bridge), built once per
machine and kept as Arrow IPC files in the user's cache directory.

In: nothing but the files the frames are built from. Out: `admin_units()` (`warehouse.gazetteer.load_admin_units`)
and `unit_bridge()` (`warehouse.bridge.load_unit_bridge`), equal to a fresh build. Building them imports the
`vietnamadminunits` package and reads its dataset, about 0.9 s of CPU; each worker process of a run needs them for
its gazetteer, and the flow's process to seed a fresh warehouse. Reading the files back takes milliseconds.

A file's name carries a key that hashes whatever could change its frame: this format's version, the versions of
`vietnamadminunits` and Polars, and the bytes of the modules and data file that build it. A file that cannot be read
or has another schema is built again; where none can be written (a read-only home), the frame is built each time.
`LOCALGOV_CACHE_DIR` names another directory.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import BinaryIO

import platformdirs
import polars as pl

CACHE_DIR_ENV = "LOCALGOV_CACHE_DIR"
FORMAT = b"localgov-reference-frames/1"
_WAREHOUSE = Path(__file__).parent
# What the frames are built from: a change to any of these files gives the cache files new names.
SOURCES = (
    _WAREHOUSE / "gazetteer.py",
    _WAREHOUSE / "bridge.py",
    _WAREHOUSE / "history.py",
    _WAREHOUSE / "data" / "district_history.csv",
)


def cache_dir() -> Path:
    """Where the files are kept: `LOCALGOV_CACHE_DIR`, else the user's cache directory for localgov-vn."""
    return Path(os.environ.get(CACHE_DIR_ENV) or platformdirs.user_cache_dir("localgov-vn"))


def cache_key(sources: tuple[Path, ...] = SOURCES) -> str:
    """A hash of everything that could change the cached frames (16 hex digits)."""
    digest = hashlib.sha256(FORMAT)
    for package in ("vietnamadminunits", "polars"):
        digest.update(f"\0{package}={version(package)}".encode())
    for source in sources:
        digest.update(b"\0" + source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


@cache
def _current_key() -> str:
    """This installation's key, hashed once per process."""
    return cache_key()


def cached_frame(
    name: str, build: Callable[[], pl.DataFrame], schema: pl.Schema, key: str | None = None
) -> pl.DataFrame:
    """The frame `build()` returns, from the cache file `name`-`key` when there is a readable one with `schema`,
    else built and written there (stale files of the same name removed)."""
    folder = cache_dir()
    path = folder / f"{name}-{key or _current_key()}.arrow"
    try:
        frame = pl.read_ipc(path)
        if frame.schema == schema:
            return frame
    except (OSError, pl.exceptions.PolarsError):
        pass  # absent, unreadable or cut short: built again below
    frame = build()
    keep(path, frame.write_ipc)
    return frame


def keep(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a cache file (`NAME-KEY.SUFFIX`) whole or not at all (`write` fills a temporary file beside it, which is
    then renamed), and remove the files of the same name under other keys; where none can be written, nothing is."""
    name, suffix = path.name.split("-", 1)[0], path.suffix
    written: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", suffix=".tmp", delete=False) as out:
            written = Path(out.name)
            write(out)
        os.replace(written, path)  # whole or not at all, whatever another process reads meanwhile
        for stale in path.parent.glob(f"{name}-*{suffix}"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except Exception:  # no cache where none can be written (or the object will not serialise): built each time
        if written is not None:
            written.unlink(missing_ok=True)


def admin_units() -> pl.DataFrame:
    """`warehouse.gazetteer.load_admin_units()`, from the cache."""
    from warehouse.gazetteer import SCHEMA, load_admin_units  # the package itself is imported only to build

    return cached_frame("admin_units", load_admin_units, pl.Schema(SCHEMA))


def unit_bridge() -> pl.DataFrame:
    """`warehouse.bridge.load_unit_bridge()`, from the cache."""
    from warehouse.bridge import BRIDGE_SCHEMA, load_unit_bridge

    return cached_frame("unit_bridge", load_unit_bridge, pl.Schema(BRIDGE_SCHEMA))
