"""A run's report: counts by status, new facts, quarantined documents with reasons, stage timings — kept while the
run goes (`RunSummary`), published as a Prefect artifact and printed by `localgov status`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import duckdb
from prefect.artifacts import create_markdown_artifact

from warehouse.queries import quarantined_in_run, run_record


@dataclass
class RunSummary:
    """What a run did: counts by status and of facts, seconds per stage, wall time."""

    run_id: str
    db_path: str
    counts: Counter[str] = field(default_factory=Counter)
    stage_seconds: Counter[str] = field(default_factory=Counter)
    wall_seconds: float = 0.0
    stale_runs_failed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "db_path": self.db_path,
            "counts": dict(self.counts),
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
            "wall_seconds": round(self.wall_seconds, 3),
        }


def run_report_markdown(run: dict[str, Any], quarantined: list[tuple[str, str]]) -> str:
    """The report as Markdown."""
    lines = [
        f"# localgov run `{run['run_id']}`",
        "",
        f"- status: **{run['status']}**, pipeline {run['pipeline_version']}",
        f"- started {run['started_at']}, ended {run['ended_at']}",
        f"- inputs: {', '.join(run['inputs'] or [])}",
        "",
        "| documents | count |",
        "| --- | ---: |",
    ]
    for key in ("seen", "unchanged", "loaded", "irrelevant", "duplicate", "quarantined", "kept", "missing"):
        lines.append(f"| {key} | {run.get(f'n_{key}') or 0} |")  # kept, missing: absent from older warehouses
    lines += ["", "| facts | new rows |", "| --- | ---: |"]
    for key in ("sessions", "roles", "indicators"):
        lines.append(f"| {key} | {run[f'n_{key}']} |")
    stages = run.get("stage_seconds") or {}
    if stages:
        lines += ["", "| stage | seconds |", "| --- | ---: |"]
        lines += [f"| {stage} | {seconds:.2f} |" for stage, seconds in stages.items()]
    if quarantined:
        lines += ["", "## Quarantined", "", "| source_id | reason |", "| --- | --- |"]
        lines += [f"| {source_id} | {reason} |" for source_id, reason in quarantined]
    return "\n".join(lines) + "\n"


def publish_run_report(con: duckdb.DuckDBPyConnection, run_id: str) -> str:
    """Publish the run's report as a Prefect markdown artifact; returns the Markdown."""
    markdown = run_report_markdown(run_record(con, run_id), quarantined_in_run(con, run_id))
    create_markdown_artifact(markdown=markdown, key="localgov-run-report", description=f"localgov run {run_id}")
    return markdown
