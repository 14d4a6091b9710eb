"""The flow's own process stays lean: the cleaners, underthesea and the extractors load only where they run."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("underthesea", "transforms.cleaning.frames", "transforms.text.sentences", "transforms.extraction.batch")


def modules_after(statement: str) -> set[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def test_importing_the_flow_loads_no_cleaner_or_extractor() -> None:
    assert not set(HEAVY) & modules_after("import flows.pipeline, flows.run_command, flows.jsonl, flows.warc")


def test_the_lazy_entry_points_still_resolve() -> None:
    loaded = modules_after(
        "from transforms.cleaning import clean_frame\nfrom transforms.text import split_sentences\n"
        "assert callable(clean_frame) and callable(split_sentences)"
    )
    assert {"transforms.cleaning.frames", "transforms.text.sentences"} <= loaded
