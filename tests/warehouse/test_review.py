"""The review page: facts highlighted at their offsets, everything escaped, overlapping spans still well-formed HTML,
the `localgov review` command, and the page as a real browser renders it."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from flows.cli import app
from tests.warehouse.test_export import TEXT_A, build_sample_warehouse
from warehouse.db import connect
from warehouse.review import render_review, review_rows
from warehouse.review.highlight import Span, highlight
from warehouse.review.values import format_value

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


class Page(HTMLParser):
    """Checks that tags nest properly, and collects each mark's text and attributes and the text column's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.marks: list[dict[str, Any]] = []  # open and closed marks: attrs and text
        self.open_marks: list[dict[str, Any]] = []
        self.text_depth = 0
        self.texts: list[str] = []
        self.current_text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        attributes = dict(attrs)
        if tag == "div" and attributes.get("class") == "text":
            self.current_text = []
            self.text_depth = len(self.stack)
        if tag == "mark":
            mark = {"attrs": attributes, "text": ""}
            self.marks.append(mark)
            self.open_marks.append(mark)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        if tag == "mark":
            self.open_marks.pop()
        if self.current_text is not None and len(self.stack) == self.text_depth:
            self.texts.append("".join(self.current_text))
            self.current_text = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for mark in self.open_marks:
            mark["text"] += data
        if self.current_text is not None:
            self.current_text.append(data)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert not parser.errors, parser.errors[:5]
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


def _fact(source_id: str, text: str, words: str, **values: Any) -> dict[str, Any]:
    start = text.index(words)
    return {"source_id": source_id, "char_start": start, "char_end": start + len(words), "evidence": text} | values


def _rows() -> dict[str, list[dict[str, Any]]]:
    text = "Hội nghị lần thứ 2 do Trần Văn An, Bí thư Huyện ủy chủ trì. Thu ngân sách đạt 34,5 tỷ đồng, bằng 120%."
    doc = {"source_id": "x", "title": "Hội nghị <b>lần 2</b>", "status": "loaded", "clean_text": text,
           "district_name": "Bình Gia", "district_type": "huyện", "province_name": "Lạng Sơn",
           "authors": ["Minh <Anh>"], "event_date": None}  # fmt: skip
    return {
        "documents": [doc],
        "sessions": [_fact("x", text, "Hội nghị lần thứ 2 do Trần Văn An", session_type="conference", ordinal=2)],
        "roles": [
            _fact("x", text, "Trần Văn An", person_id="p1", person_name="Trần Văn An", position="secretary",
                  organization_type="party_committee", level="district", title_text="Bí thư Huyện ủy"),
            _fact("x", text, "Trần Văn An", person_id="p1", person_name="Trần Văn An", position="member",
                  organization_type="party_committee", level="district", title_text="Huyện ủy viên"),
        ],
        "figures": [
            _fact("x", text, "Thu ngân sách đạt 34,5 tỷ đồng", value=34.5e9, unit="VND",
                  indicator_code="budget_revenue", figure_text="Thu ngân sách đạt 34,5 tỷ đồng"),
            # crosses the end of the figure before it: the two must split, not interleave
            _fact("x", text, "tỷ đồng, bằng 120%", value=120.0, unit="percent", figure_text="tỷ đồng, bằng 120%"),
        ],
    }  # fmt: skip


def test_every_fact_is_highlighted_at_its_offsets_with_its_codes() -> None:
    rows = _rows()
    page = parse(render_review(**rows))
    text = rows["documents"][0]["clean_text"]
    assert page.texts == [text], "the text column must hold the clean text exactly"
    by_ref: dict[str, str] = {}
    for mark in page.marks:
        ref = mark["attrs"]["data-ref"]
        by_ref[ref] = by_ref.get(ref, "") + mark["text"]
    assert by_ref["d1-session-1"] == "Hội nghị lần thứ 2 do Trần Văn An"
    assert by_ref["d1-role-1"] == by_ref["d1-role-2"] == "Trần Văn An"
    assert by_ref["d1-figure-1"] == "Thu ngân sách đạt 34,5 tỷ đồng"
    assert by_ref["d1-figure-2"] == "tỷ đồng, bằng 120%"
    role_marks = [m["attrs"] for m in page.marks if m["attrs"]["class"] == "role"]
    assert {(m["data-position"], m["data-organization-type"], m["data-level"]) for m in role_marks} == {
        ("secretary", "party_committee", "district"),
        ("member", "party_committee", "district"),
    }
    figure = next(m["attrs"] for m in page.marks if m["attrs"].get("id") == "d1-figure-1")
    assert figure["data-indicator-code"] == "budget_revenue" and figure["data-value"] == "34500000000"
    assert figure["data-unit"] == "VND" and "budget_revenue" in figure["data-codes"]


def test_each_highlight_has_one_anchor_the_lists_link_to() -> None:
    page = render_review(**_rows())
    for ref in ("d1-session-1", "d1-role-1", "d1-role-2", "d1-figure-1", "d1-figure-2"):
        assert page.count(f'id="{ref}"') == 1, ref
        assert f'href="#{ref}"' in page, ref


def test_everything_is_escaped() -> None:
    rows = _rows()
    hostile = '<script>alert("x")</script>'
    text = f"Mở đầu {hostile} kết thúc."
    rows["documents"][0] |= {"clean_text": text, "title": hostile, "status_reason": hostile, "url": "javascript:x()"}
    rows["sessions"] = [_fact("x", text, hostile, session_type='conference"><script>', body_name=hostile)]
    rows["roles"], rows["figures"] = [], []
    page = render_review(**rows)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'href="javascript' not in page
    parsed = parse(page)
    assert parsed.texts == [text]
    assert parsed.marks[0]["text"] == hostile


def test_bad_offsets_are_flagged_not_highlighted() -> None:
    rows = _rows()
    rows["figures"][0] |= {"char_start": 500, "char_end": 510}
    rows["figures"][1] |= {"figure_text": "something else"}
    page = render_review(**rows)
    parsed = parse(page)
    figures = {m["attrs"]["data-ref"]: m["text"] for m in parsed.marks if m["attrs"]["class"] == "figure"}
    assert figures == {"d1-figure-1": "tỷ đồng, bằng 120%"}, "only the figure with possible offsets is marked"
    assert "outside the text" in page and "do not match the figure text" in page


def test_documents_without_text_and_facts_of_other_documents() -> None:
    rows = _rows()
    rows["documents"].append({"source_id": "q", "status": "quarantined", "status_reason": "binary", "clean_text": None})
    rows["figures"].append(_fact("elsewhere", "abc", "b", value=1.0, unit="count"))
    page = parse(render_review(**rows))
    assert len(page.texts) == 1 and all(m["attrs"]["data-ref"].startswith("d1-") for m in page.marks)


def test_format_value_groups_digits() -> None:
    assert format_value(4950000000000.0) == "4\u202f950\u202f000\u202f000\u202f000"
    assert format_value(-1234.5) == "-1\u202f234.5" and format_value(None) == ""


spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 15), st.sampled_from(["session", "role", "figure"])), max_size=8
)


@settings(max_examples=200, deadline=None)
@given(spans)
def test_any_overlap_gives_well_formed_html_and_keeps_the_text(raw: list[tuple[int, int, str]]) -> None:
    text = "Đồng chí <A> & B, Chủ tịch HĐND huyện, phát biểu tại kỳ họp."
    made = [
        Span(start, min(start + width, len(text)), kind, number, (("unit", "x"),))
        for number, (start, width, kind) in enumerate(raw, start=1)
        if start < len(text)
    ]
    body = f'<div class="text">{highlight(text, made)}</div>'
    page = parse(body)
    assert page.texts == [text]
    for span in made:
        pieces = [m["text"] for m in page.marks if m["attrs"]["data-ref"] == f"d0-{span.kind}-{span.number}"]
        assert "".join(pieces) == text[span.start : span.end]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_warehouse(tmp_path_factory.mktemp("wh") / "sample.duckdb")


def test_review_rows_by_id_and_by_run(warehouse: Path) -> None:
    con = connect(warehouse, read_only=True)
    try:
        by_id = review_rows(con, ["b", "a", "missing"])
        by_run = review_rows(con, [], run_id="run-1")
    finally:
        con.close()
    assert [d["source_id"] for d in by_id["documents"]] == ["b", "a"]
    assert {r["source_id"] for r in by_id["roles"]} == {"a", "b"} and len(by_id["figures"]) == 2
    assert [d["source_id"] for d in by_run["documents"]] == ["a", "b", "c", "d", "e", "q"]


def test_review_command_writes_the_page(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "page" / "review.html"
    result = CliRunner().invoke(app, ["review", "a", "q", "--out", str(out), "--db", str(warehouse)])
    assert result.exit_code == 0, result.output
    page = parse(out.read_text(encoding="utf-8"))
    assert page.texts == [TEXT_A]
    assert {m["attrs"]["class"] for m in page.marks} == {"session", "role", "figure"}
    by_run = CliRunner().invoke(app, ["review", "--run", "run-1", "--out", str(out), "--db", str(warehouse)])
    assert by_run.exit_code == 0 and out.read_text(encoding="utf-8").count('<article class="doc"') == 5  # loaded
    every = CliRunner().invoke(app, ["review", "--run", "run-", "--all", "--out", str(out), "--db", str(warehouse)])
    assert every.exit_code == 0 and out.read_text(encoding="utf-8").count('<article class="doc"') == 6
    assert 'id="q"' in out.read_text(encoding="utf-8")  # a document's anchor is its source_id
    nothing = CliRunner().invoke(app, ["review", "nope", "--out", str(out), "--db", str(warehouse)])
    assert nothing.exit_code == 1


def _png_size_and_variety(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the first pixel rows): a blank page has almost none."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return width, height, len(set(pixels[: 400 * width * 4]))


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium): no browser test")
    with tempfile.TemporaryDirectory(prefix="localgov-chromium-") as profile:
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}"]  # fmt: skip
        return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=180, check=False)


def check_in_browser(page_path: Path, tmp_path: Path, expected_kinds: set[str]) -> None:
    """The browser's DOM holds the highlights, and its screenshot of the page is a real, non-blank image."""
    dom = _chromium("--dump-dom", page_path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    parsed = Page()
    parsed.feed(dom.stdout)
    kinds = {m["attrs"].get("class") for m in parsed.marks if m["attrs"].get("data-ref")}
    assert kinds >= expected_kinds, f"highlights in the rendered DOM: {kinds}"
    shot = tmp_path / "review.png"
    result = _chromium(f"--screenshot={shot}", "--window-size=1280,2000", page_path.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    width, height, variety = _png_size_and_variety(shot)
    assert (width, height) == (1280, 2000) and shot.stat().st_size > 20_000 and variety > 20


def test_the_page_in_a_real_browser(warehouse: Path, tmp_path: Path) -> None:
    con = connect(warehouse, read_only=True)
    try:
        rows = review_rows(con, [], run_id="run-1")
    finally:
        con.close()
    page = tmp_path / "review.html"
    page.write_text(render_review(**rows), encoding="utf-8")
    check_in_browser(page, tmp_path, {"session", "role", "figure"})


@pytest.mark.slow
def test_the_seed_documents_in_a_real_browser(seed_warehouse: Path, tmp_path: Path) -> None:
    con = connect(seed_warehouse, read_only=True)
    try:
        ids = [sid for (sid,) in con.execute("select source_id from mart.documents order by 1").fetchall()]
        rows = review_rows(con, ids)
    finally:
        con.close()
    assert rows["documents"] and rows["figures"], "the seed warehouse should hold documents with figures"
    page = tmp_path / "review.html"
    page.write_text(render_review(**rows), encoding="utf-8")
    parse(page.read_text(encoding="utf-8"))
    kinds = {k for k, key in (("session", "sessions"), ("role", "roles"), ("figure", "figures")) if rows[key]}
    check_in_browser(page, tmp_path, kinds)
