"""`localgov browse` in a real headless browser: the views with their facets (province, body type, year, indicator),
each document's source_id a link that opens its review page, and a screenshot that is a real page."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.prefect_api import free_port
from tests.conftest import ROOT
from tests.warehouse.test_export import build_sample_warehouse
from tests.warehouse.test_review import Page, _chromium, _png_size_and_variety


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    db = build_sample_warehouse(tmp_path / "sample.duckdb")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "browse", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and server.poll() is None:
            with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/localgov", timeout=2):
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"localgov browse did not serve: {server.stdout.read() if server.stdout else ''}")
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def _dom(url: str) -> str:
    done = _chromium("--dump-dom", url)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_browse_has_facets_and_opens_each_document_review_page(site: str, tmp_path: Path) -> None:
    documents = _dom(f"{site}/localgov/documents")
    for facet in ("status", "province_name", "year"):
        assert f"facet-localgov-documents-{facet}" in documents, facet
    assert 'href="/-/review/a"' in documents
    for table, facet in (("sessions", "body_type"), ("indicator_values", "indicator_code"), ("sessions", "year")):
        assert f"facet-localgov-{table}-{facet}" in _dom(f"{site}/localgov/{table}"), (table, facet)
    review = Page()
    review.feed(_dom(f"{site}/-/review/a"))
    assert {m["attrs"].get("class") for m in review.marks} >= {"session", "role", "figure"}
    shot = tmp_path / "browse.png"
    _chromium(f"--screenshot={shot}", "--window-size=1280,1000", f"{site}/localgov/indicator_values")
    assert shot.exists()
    width, height, variety = _png_size_and_variety(shot)
    assert (width, height) == (1280, 1000) and variety > 20
