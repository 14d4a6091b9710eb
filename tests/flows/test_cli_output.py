"""What the commands print shows values as they are (square brackets in a value are text, never Rich markup, and
never crash a command), and `review --out` replaces only a review page it wrote: not the warehouse, not an input,
not a folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.warehouse.test_export import build_sample_warehouse

runner = CliRunner(env={"COLUMNS": "250"})
TITLE = "Điều 5 [sửa đổi] [b]Luật[/b] [/x]"  # within the width of a table column


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    sql = f"update core.documents set title = '{TITLE}' where source_id = 'a'"
    assert runner.invoke(app, ["query", sql, "--db", str(db), "--write"]).exit_code == 0
    return db


def test_values_with_brackets_are_shown_as_they_are(warehouse: Path) -> None:
    sql = "select title as \"[b]title\", '[/b]' as closing from mart.documents where source_id = 'a'"
    result = runner.invoke(app, ["query", sql, "--db", str(warehouse)])
    assert result.exit_code == 0, result.output
    assert TITLE in result.stdout and "[/b]" in result.stdout and "[b]title" in result.stdout
    status = runner.invoke(app, ["status", "--db", str(warehouse)])
    assert status.exit_code == 0, status.output


def test_review_of_an_id_with_brackets(warehouse: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", "[/x]", "[b]a", "--db", str(warehouse), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "not in the warehouse: [/x], [b]a" in " ".join(result.output.split())
    assert "Traceback" not in result.output and "MarkupError" not in repr(result.exception)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_review_out_replaces_only_a_review_page(warehouse: Path, tmp_path: Path) -> None:
    article = tmp_path / "input" / "tin.txt"
    article.parent.mkdir()
    article.write_text("Kỳ họp thứ 9 Hội đồng nhân dân huyện.\n", encoding="utf-8")
    for target in (warehouse, article, article.parent):
        before = _digest(target) if target.is_file() else None
        result = runner.invoke(app, ["review", "a", "--db", str(warehouse), "--out", str(target)])
        assert result.exit_code == 2 and "is not a review page: not replacing it" in result.output, result.output
        assert before is None or _digest(target) == before
    page = tmp_path / "review.html"
    for _ in range(2):  # written, then replaced
        result = runner.invoke(app, ["review", "a", "--db", str(warehouse), "--out", str(page)])
        assert result.exit_code == 0, result.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    (tmp_path / "link.html").symlink_to(article)
    refused = runner.invoke(app, ["review", "a", "--db", str(warehouse), "--out", str(tmp_path / "link.html")])
    assert refused.exit_code == 2 and article.read_text(encoding="utf-8").startswith("Kỳ họp")
