"""A re-run over unchanged inputs keeps the verdicts of their copies without cleaning them again, and only when the
run before it read the same inputs: a run over other inputs may have stored an earlier original that a copy now
copies first.

The three made-up articles are near copies in a chain that is not transitive: `d` is a near copy of both `o` and `p`,
which are not near copies of each other (paragraphs drawn so that MinHash finds exactly that)."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline

pytestmark = pytest.mark.slow
_WORDS = ("kinh", "tế", "xã", "hội", "nông", "thôn", "mới", "giao", "thông", "thủy", "lợi", "giáo", "dục", "y",
          "tế", "văn", "hóa", "an", "ninh", "quốc", "phòng", "đất", "đai", "môi", "trường", "du", "lịch",
          "thương", "mại", "dịch", "vụ", "công", "nghiệp", "cải", "cách", "hành", "chính", "chuyển", "đổi",
          "số", "khoa", "học", "công", "nghệ", "lao", "động", "việc", "làm")  # fmt: skip
_HEAD = (
    "Kỳ họp thứ 7 Hội đồng nhân dân huyện Tân Lập khóa XX\n"
    "Ngày 12/7/2021, Hội đồng nhân dân huyện Tân Lập tổ chức kỳ họp thứ 7, khóa XX, nhiệm kỳ 2016 - 2021. "
    "Đồng chí Nguyễn Văn Bảo, Chủ tịch HĐND huyện chủ trì kỳ họp.\n"
)


def article(paragraphs: list[int]) -> str:
    """A council session's report whose body is the given paragraphs, each of words drawn by its number."""
    lines = []
    for n in paragraphs:
        rng = random.Random(n)
        lines.append("Các đại biểu thảo luận " + " ".join(rng.choice(_WORDS) for _ in range(40)) + f" đoạn {n}.")
    return _HEAD + "\n".join(lines) + "\n"


def verdicts(db: Path) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("select source_id, status, duplicate_of from mart.documents").fetchall()
    finally:
        con.close()
    return {source_id: (status, first) for source_id, status, first in rows}


@pytest.mark.parametrize("batch_size", [1, 500])
def test_copies_keep_their_verdicts_only_after_a_run_over_the_same_inputs(
    prefect_server: None, tmp_path: Path, batch_size: int
) -> None:
    inputs, db = tmp_path / "in", tmp_path / "w.duckdb"
    for folder, name, paragraphs in (("b", "o", range(81, 91)), ("c", "d", [*range(82, 91), 181])):
        (inputs / folder).mkdir(parents=True)
        (inputs / folder / f"{name}.txt").write_text(article(list(paragraphs)), encoding="utf-8")
    pipeline(paths=[str(inputs)], db_path=str(db), batch_size=batch_size)
    assert verdicts(db) == {"o": ("loaded", None), "d": ("duplicate", "o")}

    again = pipeline(paths=[str(inputs)], db_path=str(db), batch_size=batch_size)
    assert again["counts"]["unchanged"] == 2 and "clean" not in again["stage_seconds"]

    # A run over another input stores `p`, an original there (it is no near copy of `o`) that comes first here.
    (inputs / "a").mkdir()
    (inputs / "a" / "p.txt").write_text(article([*range(83, 91), 181, 182]), encoding="utf-8")
    pipeline(paths=[str(inputs / "a" / "p.txt")], db_path=str(db), batch_size=batch_size)
    assert verdicts(db)["p"] == ("loaded", None)

    pipeline(paths=[str(inputs)], db_path=str(db), batch_size=batch_size)
    fresh = tmp_path / "fresh.duckdb"
    pipeline(paths=[str(inputs)], db_path=str(fresh), batch_size=batch_size)
    assert verdicts(fresh) == {"p": ("loaded", None), "o": ("loaded", None), "d": ("duplicate", "p")}
    assert verdicts(db) == verdicts(fresh)

    last = pipeline(paths=[str(inputs)], db_path=str(db), batch_size=batch_size)
    assert last["counts"]["unchanged"] == 3 and "clean" not in last["stage_seconds"]
    assert verdicts(db) == verdicts(fresh)


def test_copies_are_judged_again_when_the_inputs_are_read_in_another_order(
    prefect_server: None, tmp_path: Path
) -> None:
    first, second, db = tmp_path / "first", tmp_path / "second", tmp_path / "w.duckdb"
    first.mkdir()
    second.mkdir()
    (first / "1.txt").write_text(article(list(range(81, 91))), encoding="utf-8")  # o
    (first / "2.txt").write_text(article([*range(82, 91), 181]), encoding="utf-8")  # d
    (second / "3.txt").write_text(article([*range(83, 91), 181, 182]), encoding="utf-8")  # p
    pipeline(paths=[str(first), str(second)], db_path=str(db))
    assert verdicts(db)["2"] == ("duplicate", "1")

    pipeline(paths=[str(second), str(first)], db_path=str(db))
    fresh = tmp_path / "fresh.duckdb"
    pipeline(paths=[str(second), str(first)], db_path=str(fresh))
    assert verdicts(fresh)["2"] == ("duplicate", "3")
    assert verdicts(db) == verdicts(fresh)
