"""The gazetteer kept pickled in the machine's cache: read back, it resolves places as a fresh build does; a file that
cannot be read is built again; the server the workers are forked from reads it without building it."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import gazetteer_cache
from flows.gazetteer_cache import cached_places, places_key, preload_places
from flows.tasks import _built_gazetteer
from transforms.extraction.places import Places
from transforms.extraction.places.mentions import Scanned, find_mentions
from warehouse import reference_cache

TEXT = "Sáng 5/7, HĐND huyện Hương Khê (Hà Tĩnh) khai mạc kỳ họp thứ 4, HĐND huyện khóa XIX."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(reference_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(gazetteer_cache, "_PRELOADED", [])
    return tmp_path / "cache"


class Builder:
    """Builds the gazetteer from the reference frames, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Places:
        self.calls += 1
        return _built_gazetteer()


def _reading(places: Places) -> tuple[object, ...]:
    """What the gazetteers make of a text (each era's mentions), the units some 2025 communes were formed from, and
    the province a site covers."""
    text = Scanned.of(TEXT)
    mentions = [find_mentions(text, gazetteer) for gazetteer in (places.legacy, places.reform)]
    formed = [places.formed_from(commune) for commune in list(places.reform.communes.values())[::300]]
    return mentions, formed, places.sites.lookup(["hatinh", "gov", "vn"])


def test_the_gazetteer_is_built_once_then_read_back_alike(folder: Path) -> None:
    build = Builder()
    first = cached_places(build)
    again = cached_places(build)
    assert build.calls == 1 and again is not first
    assert _reading(again) == _reading(first)
    assert [p.name for p in folder.glob("places-*")] == [f"places-{places_key()}.pickle"]


def test_a_file_that_cannot_be_read_is_built_again(folder: Path) -> None:
    folder.mkdir()
    (folder / f"places-{places_key()}.pickle").write_bytes(b"not a pickle")
    build = Builder()
    cached_places(build)
    assert build.calls == 1
    assert cached_places(build) is not None and build.calls == 1


def test_a_preload_reads_the_cache_and_never_builds(folder: Path) -> None:
    preload_places()  # nothing cached yet: nothing read, nothing built
    assert gazetteer_cache._PRELOADED == []
    cached_places(Builder())
    preload_places()
    build = Builder()
    assert cached_places(build) is gazetteer_cache._PRELOADED[0] and build.calls == 0
