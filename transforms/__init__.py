"""The pipeline's pure transforms: no Prefect, no I/O; frames and records in, frames and records out.

One package per stage, in the order a document goes through them (`flows/pipeline.py` runs them as tasks):

    ingest ─ cleaning (+ relevance) ─ dedup ─ extraction ─ normalize ─ (load: `warehouse/`)

- `transforms.text`: Vietnamese text helpers every stage uses (keys, normalisation, numbers, dates, ordinals,
  sentences).
- `transforms.ingest`: input records to the first frame; what the warehouse already holds is dropped.
- `transforms.cleaning`: bytes to article: decoding, HTML, site chrome, metadata, limits; calls `relevance`.
- `transforms.relevance`: is a page local-government news, and why.
- `transforms.dedup`: exact and near copies marked as duplicates.
- `transforms.extraction`: sessions, people and roles, figures, places and the event date of one document.
- `transforms.normalize`: extractions to the row shapes the warehouse's staging tables take.

The records shared by every stage live at the top: `model` (what cleaning yields and each extractor finds),
`schemas` (the frames between stages, with their grain) and `codes` (the taxonomy's code lists).
"""
