"""Shared fixtures: the repository's paths, the optional ../shared folder, one Prefect test server per session, and
the document context the extractors' tests build from a text."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from transforms.model import DocumentContext

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
SHARED = ROOT.parent / "shared"

# Prefect keeps its state under a throw-away home for the tests, and never phones home.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="localgov-prefect-")
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when it is absent (a user's machine has no ../shared)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not present ({path}): this test needs the shared gold or corpus")
    return path


def make_context(
    text: str, title: str | None = None, published_at: datetime | None = None, banner: str | None = None
) -> DocumentContext:
    """A document as the pipeline gives it to the extractors: the text in NFC, cut into sentences by the pipeline's
    own splitter (`transforms.text.sentences.split_sentences`)."""
    from transforms.model import DocumentContext
    from transforms.text.keys import nfc
    from transforms.text.sentences import split_sentences

    text = nfc(text)
    sentences = tuple(split_sentences(text))
    return DocumentContext(clean_text=text, sentences=sentences, title=title, published_at=published_at, banner=banner)


@pytest.fixture(scope="session", autouse=True)
def no_stray_local_server() -> Iterator[None]:
    """A `localgov run` without PREFECT_API_URL starts the background server of the tests' Prefect home: stopped at
    the end of the session, so that the suite leaves no process behind."""
    yield
    from flows.local_server import stop

    stop(Path(os.environ["PREFECT_HOME"]))


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """One temporary Prefect API server for every test that runs a flow (it takes ~20 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def seed_warehouse(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built by the pipeline from the sample documents in raw/ (shared by read-only tests)."""
    from flows.pipeline import pipeline

    db = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    pipeline(paths=[str(RAW)], db_path=str(db))
    return db
