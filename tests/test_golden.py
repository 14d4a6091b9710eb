"""Golden test: the extraction output for every sample document in raw/, through the same batch functions the
pipeline runs, compared exactly with the JSON checked into tests/golden/.

After a deliberate change to extraction, regenerate with `make golden` and review the diff before committing.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from flows.sources import iter_documents
from flows.tasks import gazetteer
from tests.conftest import RAW
from transforms.cleaning.frames import clean_frame
from transforms.extraction.batch import extract_frame
from transforms.extraction.document import extraction_record
from transforms.ingest.frames import ingest_frame

GOLDEN = Path(__file__).with_name("golden")
UPDATE = os.environ.get("LOCALGOV_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, object]]:
    docs = ingest_frame([asdict(d) for d in iter_documents([RAW])])
    cleaned = clean_frame(docs)
    rows = {row["source_id"]: row for row in cleaned.to_dicts()}
    return {
        source_id: extraction_record(rows[source_id], extraction)
        for source_id, _, extraction in extract_frame(cleaned, gazetteer())
    }


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.stem)
def test_extraction_matches_golden(outputs: dict[str, dict[str, object]], path: Path) -> None:
    golden = GOLDEN / f"{path.stem}.json"
    produced = outputs[path.stem]
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(produced, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.stem}: run `make golden`"
    assert produced == json.loads(golden.read_text(encoding="utf-8"))
