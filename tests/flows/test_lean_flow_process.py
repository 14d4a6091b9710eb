"""The flow's own process stays lean: the cleaners and the extractors load only where they run; underthesea, whose
first import reconfigures logging (never safe mid-run), loads with the tasks' module, before any flow runs."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("transforms.cleaning.frames", "transforms.relevance.verdict", "transforms.extraction.batch", "datasketch")


def modules_after(statement: str) -> set[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def test_importing_the_flow_loads_no_cleaner_or_extractor_but_underthesea() -> None:
    loaded = modules_after("import flows.pipeline, flows.run_command, flows.jsonl, flows.warc")
    assert not set(HEAVY) & loaded
    assert "underthesea" in loaded


def test_the_lazy_entry_points_still_resolve() -> None:
    loaded = modules_after(
        "from transforms.cleaning import clean_frame\nfrom transforms.text import split_sentences\n"
        "assert callable(clean_frame) and callable(split_sentences)"
    )
    assert {"transforms.cleaning.frames", "transforms.text.sentences"} <= loaded
