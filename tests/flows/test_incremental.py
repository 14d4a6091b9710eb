"""Incremental runs as one invariant: after any sequence of runs over inputs that change between them (documents
added, changed, copied, nearly copied, removed, made unreadable or blank, or given an id already held elsewhere),
the warehouse's mart equals that of one run over the final inputs into an empty warehouse, except for documents
whose input is gone or unreadable: these keep the content last loaded, and their rows say so.

The test suite runs a few generated sequences (`EXAMPLES`); `bench/incremental_invariant.py` runs many more.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow
EXAMPLES = 4
MART_VIEWS = ("documents", "sessions", "person_roles", "indicator_values")
RUN_COLUMNS = ("run_id", "loaded_at", "last_seen_at", "last_error_at")  # differ between any two warehouses
FOLDERS = ("a", "b")
NAMES = ("tin-1", "tin-2", "tin-3", "tin-4")
BATCH_SIZE = 2  # several batches per run; and too few documents a batch for site chrome to be learned from them
_TOPICS = ("kinh tế", "xã hội", "nông thôn mới", "giao thông", "thủy lợi", "giáo dục", "y tế", "văn hóa", "an ninh",
           "quốc phòng", "đất đai", "môi trường", "du lịch", "thương mại", "dịch vụ", "công nghiệp", "cải cách",
           "hành chính", "chuyển đổi số", "khoa học", "công nghệ", "lao động", "việc làm", "tài chính")  # fmt: skip
_PLACES = ("Tân Lập", "Hòa Bình", "Phú Mỹ", "Đông Hưng", "Thanh Sơn", "Yên Lạc")
_PEOPLE = ("Nguyễn Văn Bảo", "Trần Thị Hoa", "Lê Minh Tuấn", "Phạm Quốc Khánh", "Hoàng Thị Lan", "Vũ Đức Thắng")


def article(n: int) -> str:
    """Made-up article number `n`: odd numbers are council sessions (with a chair and figures), even numbers a
    village football match (irrelevant); each with a paragraph of its own, so that no two are near copies."""
    rng = random.Random(n)
    topics = " ".join(rng.choice(_TOPICS) for _ in range(60))
    place, person = _PLACES[n % len(_PLACES)], _PEOPLE[n % len(_PEOPLE)]
    if n % 2 == 0:
        return (
            f"Giải bóng đá thiếu niên xã {place} lần thứ {n}\n"
            f"Giải bóng đá thiếu niên xã {place} năm nay có {n + 6} đội tham gia tranh tài trên sân vận động. "
            f"Khán giả cổ vũ nhiệt tình cho các cầu thủ nhí suốt trận chung kết. Các em nói về {topics}.\n"
        )
    return (
        f"Kỳ họp thứ {n} Hội đồng nhân dân huyện {place} khóa XX\n"
        f"Ngày {n % 27 + 1}/7/2021, Hội đồng nhân dân huyện {place} tổ chức kỳ họp thứ {n}, khóa XX, nhiệm kỳ "
        f"2016 - 2021. Đồng chí {person}, Chủ tịch HĐND huyện chủ trì kỳ họp. Kỳ họp đã thông qua {n % 9 + 2} nghị "
        f"quyết. Tổng thu ngân sách 6 tháng đầu năm đạt {n * 3 + 100},5 tỷ đồng, bằng {n % 40 + 50}% dự toán. "
        f"Các đại biểu thảo luận về {topics}.\n"
    )


def near_copy(text: str) -> str:
    """The same article with one word changed: a near-duplicate of it."""
    return text.replace("thảo luận về", "bàn về", 1).replace("nói về", "kể về", 1)


# --- Operations on the input folder between runs ------------------------------------------------------------------

Op = tuple[Any, ...]
OPS = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(FOLDERS), st.sampled_from(NAMES), st.integers(1, 12)),
    st.tuples(st.just("change"), st.integers(0, 50), st.integers(1, 12)),
    st.tuples(st.just("copy"), st.integers(0, 50), st.sampled_from(FOLDERS), st.sampled_from(NAMES)),
    st.tuples(st.just("near_copy"), st.integers(0, 50), st.sampled_from(FOLDERS), st.sampled_from(NAMES)),
    st.tuples(st.just("remove"), st.integers(0, 50)),
    st.tuples(st.just("unreadable"), st.integers(0, 50), st.sampled_from(("fifo", "dangling", "blank"))),
    st.tuples(st.just("same_id_elsewhere"), st.integers(0, 50), st.integers(1, 12)),
    st.tuples(
        st.just("records"),
        st.sampled_from(FOLDERS),
        st.lists(st.tuples(st.sampled_from(NAMES), st.integers(1, 12)), min_size=1, max_size=3),
    ),
)
STEPS = st.lists(st.lists(OPS, min_size=1, max_size=3), min_size=2, max_size=4)
FIRST = st.lists(
    st.tuples(st.sampled_from(FOLDERS), st.sampled_from(NAMES), st.integers(1, 12)), min_size=2, max_size=5
)


@dataclass
class Inputs:
    """The input folder: files by relative path, and every text each stem was ever given (a kept document's content
    must be one of them)."""

    root: Path
    texts_by_stem: dict[str, set[str]]

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*") if p.suffix in (".txt", ".jsonl") and os.path.lexists(p))

    def readable(self) -> list[Path]:
        return [p for p in self.files() if p.is_file() and not p.is_symlink() and p.stat().st_size]

    def write(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(path):
            path.unlink()
        path.write_text(text, encoding="utf-8")
        self.texts_by_stem.setdefault(path.stem, set()).add(text)

    def apply(self, op: Op) -> None:
        kind, *args = op
        files, readable = self.files(), self.readable()
        if kind == "add":
            folder, name, n = args
            self.write(self.root / folder / f"{name}.txt", article(n))
        elif kind == "change" and files:
            self.write(files[args[0] % len(files)], article(args[1]))
        elif kind in ("copy", "near_copy") and readable:
            source = readable[args[0] % len(readable)]
            text = source.read_text(encoding="utf-8")
            self.write(self.root / args[1] / f"{args[2]}.txt", near_copy(text) if kind == "near_copy" else text)
        elif kind == "remove" and files:
            files[args[0] % len(files)].unlink()
        elif kind == "unreadable" and files:
            path = files[args[0] % len(files)]
            path.unlink()
            if args[1] == "fifo":
                os.mkfifo(path)
            elif args[1] == "dangling":
                os.symlink(path.with_name("nowhere.txt"), path)
            else:
                path.write_bytes(b" \n")
        elif kind == "records":  # a JSON Lines file of records whose ids may repeat, here or in a file's name
            folder, records = args
            lines = [json.dumps({"id": name, "text": article(n)}, ensure_ascii=False) for name, n in records]
            self.write(self.root / folder / "feed.jsonl", "\n".join(lines) + "\n")
            for name, n in records:
                self.texts_by_stem.setdefault(name, set()).add(article(n))
        elif kind == "same_id_elsewhere" and files:
            path = files[args[0] % len(files)]
            other = FOLDERS[(FOLDERS.index(path.parent.name) + 1) % len(FOLDERS)]
            self.write(self.root / other / path.name, article(args[1]))


# --- The invariant ------------------------------------------------------------------------------------------------


def mart(db: Path) -> dict[str, dict[str, list[tuple[object, ...]]]]:
    """Every mart view's rows by source_id, without the columns that name a run or a moment."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, dict[str, list[tuple[object, ...]]]] = {}
        for view in MART_VIEWS:
            columns = [c for c, *_ in con.execute(f"describe mart.{view}").fetchall() if c not in RUN_COLUMNS]
            rows: dict[str, list[tuple[object, ...]]] = {}
            for row in con.execute(f"select source_id, {', '.join(columns)} from mart.{view} order by all").fetchall():
                rows.setdefault(str(row[0]), []).append(row[1:])
            out[view] = rows
        return out
    finally:
        con.close()


def documents(db: Path, where: str = "true") -> dict[str, tuple[object, ...]]:
    """source_id -> (status, input_state, last_error, clean_text) of the documents `where` says."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            f"select source_id, status, input_state, last_error, clean_text from mart.documents where {where}"
        ).fetchall()
    finally:
        con.close()
    return {str(r[0]): r[1:] for r in rows}


def check_sequence(first: list[tuple[str, str, int]], steps: list[list[Op]], workdir: Path) -> None:
    """Run the pipeline after the first inputs and after each step of changes, once more over the same inputs, then
    once over the final inputs into an empty warehouse; the two warehouses must agree (see the module's
    docstring)."""
    from flows.pipeline import pipeline

    inputs = Inputs(workdir / "in", {})
    for folder, name, n in first:
        inputs.write(inputs.root / folder / f"{name}.txt", article(n))
    db = workdir / "incremental.duckdb"
    pipeline(paths=[str(inputs.root)], db_path=str(db), batch_size=BATCH_SIZE)
    for step in steps:
        for op in step:
            inputs.apply(op)
        pipeline(paths=[str(inputs.root)], db_path=str(db), batch_size=BATCH_SIZE)
    pipeline(paths=[str(inputs.root)], db_path=str(db), batch_size=BATCH_SIZE)  # unchanged: copies keep verdicts
    fresh_db = workdir / "fresh.duckdb"
    pipeline(paths=[str(inputs.root)], db_path=str(fresh_db), batch_size=BATCH_SIZE)

    kept = documents(db, "input_state <> 'present'")
    got, want = mart(db), mart(fresh_db)
    for view in MART_VIEWS:
        mine = {k: v for k, v in got[view].items() if k not in kept}
        fresh = {k: v for k, v in want[view].items() if k not in kept}
        differing = {k for k in mine.keys() | fresh.keys() if mine.get(k) != fresh.get(k)}
        assert not differing, (view, {k: (mine.get(k), fresh.get(k)) for k in sorted(differing)})
    fresh_docs = documents(fresh_db)
    for source_id, (status, state, error, text) in kept.items():
        assert status in ("loaded", "irrelevant", "duplicate") and error, (source_id, status, error)
        assert text is not None and any(
            " ".join(t.split()) in " ".join(text.split()) or " ".join(text.split()) in " ".join(t.split())
            for t in inputs.texts_by_stem.get(source_id.split("#")[0], set())
        ), (source_id, text)
        if state == "missing":
            assert source_id not in fresh_docs, (source_id, fresh_docs.get(source_id))
        else:
            assert state == "unreadable" and fresh_docs[source_id][0] == "quarantined", (source_id, state)


def run_invariant(max_examples: int, **options: Any) -> None:
    """Hypothesis over sequences of changes (see `check_sequence`); `options` are further `settings` fields."""

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        **options,
    )
    @given(first=FIRST, steps=STEPS)
    def invariant(first: list[tuple[str, str, int]], steps: list[list[Op]]) -> None:
        workdir = Path(tempfile.mkdtemp(prefix="localgov-incremental-"))
        try:
            check_sequence(first, steps, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    invariant()


def test_after_any_sequence_of_runs_the_mart_equals_a_fresh_run(prefect_server: None) -> None:
    run_invariant(EXAMPLES)
