"""The gazetteer (`transforms.extraction.places.Places`: both eras' gazetteers, the bridge, the site table) kept
pickled in the machine's cache directory, beside the reference frames (`warehouse.reference_cache`).

Building it from the frames costs every worker process of a run about half a second of CPU. Read back from the cache
it costs less than half that, and reading it needs no Polars: the server the workers are forked from
(`flows.warm_worker`) reads it once for all of them, which building could not do there (see `flows.worker_server`).

The file's name carries a hash of everything the object is made from or holds: the reference frames' key, the source
of `transforms/` and of `warehouse/` with its data, and the versions of Python and of the packages whose objects
it keeps. A file that cannot be read back is built again and replaced. The cache directory is the user's own, like
the code that runs: nothing is unpickled from anywhere else.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import platform
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse.reference_cache import cache_dir, cache_key, keep

if TYPE_CHECKING:
    from transforms.extraction.places import Places

NAME = "places"
FORMAT = b"localgov-places-pickle/1"
_ROOT = Path(__file__).resolve().parents[1]
_PACKAGES = ("pyahocorasick", "regex", "polars", "vietnamadminunits")  # distributions whose objects it holds
_PRELOADED: list[Places] = []  # what `preload_places` read (in a forked worker: what the server read)


def _source_files() -> list[Path]:
    """Every file the gazetteer's making could read: the code of the stages and of the warehouse, and its data."""
    found = [*(_ROOT / "transforms").rglob("*.py"), *(_ROOT / "warehouse").glob("*.py")]
    found += [p for p in (_ROOT / "warehouse" / "data").rglob("*") if p.is_file()]
    return sorted(found)


def places_key() -> str:
    """A hash of everything that could change the pickled gazetteer (16 hex digits)."""
    digest = hashlib.sha256(FORMAT + cache_key().encode() + platform.python_version().encode())
    for package in _PACKAGES:
        with contextlib.suppress(Exception):  # a package not installed under that name changes nothing here
            digest.update(f"\0{package}={version(package)}".encode())
    for source in _source_files():
        digest.update(b"\0" + source.relative_to(_ROOT).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


def _path(key: str) -> Path:
    return cache_dir() / f"{NAME}-{key}.pickle"


def read_cached_places(key: str | None = None) -> Places | None:
    """The gazetteer from the cache (under `key`, by default `places_key()`), or None when there is none (or it cannot
    be read back)."""
    try:
        with _path(key or places_key()).open("rb") as handle:
            return pickle.load(handle)  # the user's own cache directory, written by `cached_places`
    except Exception:  # absent, cut short, or made by code that is gone: built again by the caller
        return None


def preload_places() -> None:
    """Read the gazetteer from the cache into this process, if it is there, for `cached_places` to return: in the
    server the workers are forked from, which must not build it (building uses Polars)."""
    if (places := read_cached_places()) is not None:
        _PRELOADED.append(places)


def cached_places(build: Callable[[], Places]) -> Places:
    """The gazetteer preloaded or from the cache, else `build()` and kept there (stale files of older keys removed)."""
    if _PRELOADED:
        return _PRELOADED[0]
    key = places_key()  # it reads the source of the stages: once
    places = read_cached_places(key)
    if places is not None:
        return places
    places = build()
    keep(_path(key), lambda out: pickle.dump(places, out, protocol=pickle.HIGHEST_PROTOCOL))
    return places
