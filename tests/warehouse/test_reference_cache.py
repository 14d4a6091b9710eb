"""The reference frames' cache: what it returns equals a fresh build, whatever state its directory is in."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from warehouse import reference_cache
from warehouse.bridge import load_unit_bridge
from warehouse.gazetteer import load_admin_units
from warehouse.reference_cache import admin_units, cache_key, cached_frame, unit_bridge

SCHEMA = pl.Schema({"code": pl.String, "n": pl.Int64})


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(reference_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builder:
    """A frame builder that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> pl.DataFrame:
        self.calls += 1
        return pl.DataFrame({"code": ["01", "02"], "n": [self.calls, 2]}, schema=SCHEMA)


def test_a_frame_is_built_once_then_read_back_equal(folder: Path) -> None:
    build = Builder()
    first = cached_frame("units", build, SCHEMA, key="k1")
    again = cached_frame("units", build, SCHEMA, key="k1")
    assert build.calls == 1
    assert again.equals(first)
    assert [p.name for p in folder.iterdir()] == ["units-k1.arrow"]


def test_a_new_key_builds_again_and_removes_the_stale_file(folder: Path) -> None:
    build = Builder()
    cached_frame("units", build, SCHEMA, key="k1")
    cached_frame("other", build, SCHEMA, key="k1")
    fresh = cached_frame("units", build, SCHEMA, key="k2")
    assert build.calls == 3
    assert fresh["n"].to_list() == [3, 2]
    assert sorted(p.name for p in folder.iterdir()) == ["other-k1.arrow", "units-k2.arrow"]


@pytest.mark.parametrize("content", [b"", b"not an arrow file", b"ARROW1\x00\x00"])
def test_an_unreadable_file_is_built_again_and_replaced(folder: Path, content: bytes) -> None:
    folder.mkdir()
    (folder / "units-k1.arrow").write_bytes(content)
    build = Builder()
    assert cached_frame("units", build, SCHEMA, key="k1")["n"].to_list() == [1, 2]
    assert cached_frame("units", build, SCHEMA, key="k1")["n"].to_list() == [1, 2]
    assert build.calls == 1


def test_a_file_of_another_schema_is_built_again(folder: Path) -> None:
    folder.mkdir()
    pl.DataFrame({"code": ["01"]}).write_ipc(folder / "units-k1.arrow")
    build = Builder()
    assert cached_frame("units", build, SCHEMA, key="k1").schema == SCHEMA
    assert build.calls == 1


def test_where_nothing_can_be_written_the_frame_is_built_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("a file where the cache's folder would be")
    monkeypatch.setenv(reference_cache.CACHE_DIR_ENV, str(tmp_path / "file" / "cache"))
    build = Builder()
    assert cached_frame("units", build, SCHEMA, key="k1")["n"].to_list() == [1, 2]
    assert cached_frame("units", build, SCHEMA, key="k1")["n"].to_list() == [2, 2]


def test_a_write_that_fails_leaves_no_partial_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(self: pl.DataFrame, file: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pl.DataFrame, "write_ipc", full_disk)
    assert cached_frame("units", Builder(), SCHEMA, key="k1")["n"].to_list() == [1, 2]
    assert list(folder.iterdir()) == []


def test_the_key_changes_with_the_bytes_of_a_source(tmp_path: Path) -> None:
    source = tmp_path / "history.csv"
    source.write_text("code,last_day\n1,2020-01-01\n")
    before = cache_key((source,))
    source.write_text("code,last_day\n1,2020-01-02\n")
    assert cache_key((source,)) != before
    assert len(before) == 16


def test_the_sources_of_the_key_exist() -> None:
    assert all(source.is_file() for source in reference_cache.SOURCES)


def test_the_cached_reference_frames_equal_a_fresh_build(folder: Path) -> None:
    built = (admin_units(), unit_bridge())  # the first calls build and write
    read = (admin_units(), unit_bridge())
    assert len(list(folder.iterdir())) == 2
    for frame, fresh in zip(read, (load_admin_units(), load_unit_bridge()), strict=True):
        assert frame.equals(fresh)
    assert all(a.equals(b) for a, b in zip(built, read, strict=True))
