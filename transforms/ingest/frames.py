"""Input records as the pipeline's first frame, each document under an id no other input of the run holds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from transforms.ingest.ids import repeated_id
from transforms.schemas import INGESTED

REPEATED = "repeated source_id"
BODIES = ("raw", "text")
# What an `ingest_heads` frame holds in place of the bodies: each record's place in the batch, and what its body was.
BODY_MARKS = pl.Schema({"row": pl.Int64, "raw_given": pl.Boolean, "text_given": pl.Boolean, "blank": pl.Boolean})


def ingest_frame(records: Sequence[dict[str, Any]]) -> pl.DataFrame:
    """Input records (dicts with the `INGESTED` fields) as a frame."""
    columns = {name: [record.get(name) for record in records] for name in INGESTED}  # by column: several times faster
    return pl.DataFrame(columns, schema=INGESTED)


def ingest_heads(records: Sequence[dict[str, Any]]) -> pl.DataFrame:
    """Input records as a frame without their bodies (`raw`, `text`) but with `BODY_MARKS`: all that deciding what a
    batch changes needs, without copying texts that the warehouse mostly holds already (`with_bodies` adds them to
    the rows that need them).

    >>> heads = ingest_heads([{"source_id": "a", "text": " \\n"}, {"source_id": "b", "raw": b"<p>x</p>"}])
    >>> heads.select("row", "raw_given", "text_given", "blank").rows()
    [(0, False, True, True), (1, True, False, False)]
    """
    columns = {name: [record.get(name) for record in records] for name in INGESTED if name not in BODIES}
    bodies = [(record.get("raw"), record.get("text")) for record in records]
    columns["row"] = list(range(len(records)))
    columns["raw_given"] = [raw is not None for raw, _ in bodies]
    columns["text_given"] = [text is not None for _, text in bodies]
    columns["blank"] = [is_blank(raw, text) for raw, text in bodies]
    schema = pl.Schema({**{n: t for n, t in INGESTED.items() if n not in BODIES}, **BODY_MARKS})
    return pl.DataFrame(columns, schema=schema)


def with_bodies(heads: pl.DataFrame, records: Sequence[dict[str, Any]]) -> pl.DataFrame:
    """Rows of an `ingest_heads` frame (ids assigned, any subset, any order) with their records' bodies, as
    `INGESTED`.

    >>> records = [{"source_id": "a", "text": "Hội nghị"}, {"source_id": "b", "text": "Kỳ họp"}]
    >>> with_bodies(ingest_heads(records).slice(1), records).select("source_id", "text").rows()
    [('b', 'Kỳ họp')]
    """
    rows = heads["row"].to_list()
    bodies = pl.DataFrame(
        {name: [records[i].get(name) for i in rows] for name in BODIES}, schema={n: INGESTED[n] for n in BODIES}
    )
    return pl.concat([heads, bodies], how="horizontal").select(INGESTED.names())


def location(input_path: str | None, input_line: int | None, source_path: str) -> str:
    """Where a document was read, as one string: the file, and a record's line in it.

    >>> location("/data/a.jsonl", 3, "a.jsonl:3"), location(None, None, "a.txt")
    ('/data/a.jsonl:3', 'a.txt')
    """
    where = input_path if input_path is not None else source_path
    return f"{where}:{input_line}" if input_line is not None else where


def assign_ids(docs: pl.DataFrame, seen: dict[str, tuple[str, str]], held: dict[str, str]) -> pl.DataFrame:
    """The batch with every document under an id of its own in the run.

    `seen` maps each id taken earlier in the run to (location, source_path) and is updated in place; `held` maps
    ids that the warehouse holds for an input this run does not read (and that still exists) to that input. A
    document whose id is taken (in the run, or by such an input) is quarantined under a made-up id
    (`transforms.ingest.ids.repeated_id`), which no input can give and which is remembered in `seen`; the same
    input given twice is read once.
    """
    ids, paths, errors = docs["source_id"].to_list(), docs["source_path"].to_list(), docs["error"].to_list()
    locations = [
        location(p, n, s) for p, n, s in zip(docs["input_path"], docs["input_line"], docs["source_path"], strict=True)
    ]
    keep = [True] * len(ids)
    for i, (source_id, where) in enumerate(zip(ids, locations, strict=True)):
        first = seen.get(source_id)
        if first is None and source_id not in held:
            seen[source_id] = (where, paths[i])
            continue
        if first is not None and first[0] == where:
            keep[i] = False
            continue
        first_path = first[1] if first is not None else held[source_id]
        ids[i] = repeated_id(source_id, where, seen)
        seen[ids[i]] = (where, paths[i])
        reason = f"{REPEATED}: {source_id!r} was already read from {first_path}"
        errors[i] = f"{reason}; {errors[i]}" if errors[i] else reason
    return docs.with_columns(
        pl.Series("source_id", ids, dtype=pl.String), pl.Series("error", errors, dtype=pl.String)
    ).filter(pl.Series(keep, dtype=pl.Boolean))


def is_blank(raw: bytes | None, text: str | None) -> bool:
    """Whether a document that was read holds nothing but white space.

    >>> is_blank(b" \\n", None), is_blank(None, "Hội nghị"), is_blank(b"", None)
    (True, False, True)
    """
    if raw is not None:
        return not raw or raw.isspace()
    # a text that starts with a visible character is not blank: only the others are looked at whole
    return text is not None and (not text or text[0].isspace()) and not text.strip()
