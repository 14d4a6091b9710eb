"""Duplicates through the whole flow: a sample article re-published in another site's chrome with a few words changed,
and the same file saved under another name, end in `mart.documents` as `duplicate`, naming the original."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.conftest import RAW

pytestmark = pytest.mark.slow

SEED = RAW / "001_c6919bca00d5da6a.txt"  # a district Party committee's conference, several long paragraphs

# Another portal's header and footer, written for this test.
OTHER_HEADER = (
    "CỔNG THÔNG TIN ĐIỆN TỬ\n"
    "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ\n"
    "Bạn đang ở: Trang chủ > Tin tức > Hoạt động của địa phương\n\n"
)
OTHER_FOOTER = (
    "\n\nTin cùng chuyên mục\n"
    "Bản quyền thuộc Cổng thông tin điện tử, ghi rõ nguồn khi phát hành lại thông tin từ trang này.\n"
    "Địa chỉ: số 1 đường Trung tâm, điện thoại 0205 3837 000, thư điện tử banbientap@example.vn\n"
)
# A few words an editor changes when re-publishing.
EDITS = (
    ("Ngày 15/09", "Hôm 15/09"),
    ("đã tác động lớn", "đã ảnh hưởng lớn"),
    ("được chú trọng", "được quan tâm"),
)


def rewrapped(text: str) -> str:
    """The seed's article without its own chrome lines, inside other chrome, with a few words changed."""
    lines = text.splitlines()
    body = "\n".join(lines[2:])  # the seed's first lines are its site's skip link and banner
    for old, new in EDITS:
        assert old in body, old  # the edit must change something, or the test would test an exact copy
        body = body.replace(old, new)
    return OTHER_HEADER + body + OTHER_FOOTER


def test_a_rewrapped_copy_and_a_renamed_copy_are_duplicates_of_the_original(
    prefect_server: None, tmp_path: Path
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "a_original.txt")  # read first: inputs are listed in name order
    (inputs / "b_other_site.txt").write_text(rewrapped(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copy(SEED, inputs / "c_renamed_copy.txt")
    db = tmp_path / "dup.duckdb"
    pipeline(paths=[str(inputs)], db_path=str(db))
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = {
            source_id: (status, reason)
            for source_id, status, reason in con.execute(
                "select source_id, status, status_reason from mart.documents"
            ).fetchall()
        }
        original_facts = con.execute("select count(*) from mart.sessions where source_id = 'a_original'").fetchone()
        copy_facts = con.execute(
            "select count(*) from mart.sessions where source_id in ('b_other_site', 'c_renamed_copy')"
        ).fetchone()
    finally:
        con.close()
    assert rows["a_original"][0] == "loaded", rows
    for copy in ("b_other_site", "c_renamed_copy"):
        status, reason = rows[copy]
        assert status == "duplicate", rows
        assert reason is not None and "a_original" in reason, rows
    assert rows["c_renamed_copy"][1].startswith("same text")  # caught by the exact key, before MinHash
    assert not rows["b_other_site"][1].startswith("same text")  # caught as a near copy: its text differs
    assert original_facts is not None and original_facts[0] > 0
    assert copy_facts == (0,)  # a duplicate yields no facts of its own
