"""Candidates for the indicator catalogue: the figures of a corpus grouped by what they count or measure, most
frequent first, with how many already carry a code.

    python bench/indicator_candidates.py [--top 60] [--uncoded] [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus/local-gov (the script says so and exits 0 when it is absent). The documents go
through the pipeline's own cleaning and extraction (`flows.sources`, `transforms.cleaning.clean_frame`,
`transforms.extraction.extract_frame`); only the documents cleaning finds relevant are read, as a warehouse would
hold them.

Printed: the share of figures with a code, per unit and per category of the catalogue; then, per unit, the groups of
figures by their context: a count by its counted noun and the verb before it ("bầu | đồng chí"), any other figure
by the last words before it ("thu ngân sách | đạt"). Each group shows how many figures it has, how many are coded
(and the commonest code), and one figure in its sentence. `--uncoded` lists the groups of uncoded figures only: the
candidates for new catalogue entries.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.sources import iter_documents  # noqa: E402
from flows.tasks import gazetteer  # noqa: E402
from transforms.cleaning import clean_frame  # noqa: E402
from transforms.extraction import extract_frame  # noqa: E402
from transforms.extraction.indicators import CATALOGUE  # noqa: E402
from transforms.ingest import ingest_frame  # noqa: E402
from transforms.model import IndicatorMention  # noqa: E402
from transforms.schemas import INGESTED  # noqa: E402
from transforms.text import match_key  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "local-gov"
_WORD_RE = re.compile(r"[^\W\d_]+")
_STOP = frozenset(
    ["và", "của", "các", "những", "với", "trong", "đã", "được", "là", "có", "cho", "này", "đó", "để", "tại", "về",
     "từ", "một", "theo", "như", "thì"]
)  # fmt: skip


def figures(corpus: Path) -> list[tuple[str, str, IndicatorMention]]:
    """(source_id, clean_text, figure) for every figure of the corpus's relevant documents."""
    raw = [{name: getattr(d, name) for name in INGESTED} for d in iter_documents([corpus])]
    cleaned = clean_frame(ingest_frame(raw)).filter(pl.col("status") == "loaded")
    return [(sid, text, m) for sid, text, ex in extract_frame(cleaned, gazetteer()) for m in ex.indicators]


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(match_key(text)) if w not in _STOP]


def context_key(text: str, m: IndicatorMention) -> str:
    """What groups a figure: for a count, the verb before it and its counted noun; else the words before it."""
    before = _words(re.split(r"[,;:.()]", text[m.sentence_start : m.char_start])[-1])
    if m.unit == "count":
        noun = " ".join(_words(m.text)[:2]) or "?"
        return f"{' '.join(before[-2:])} | {noun}"
    after = _words(re.split(r"[,;:.()]", text[m.char_end : m.sentence_end])[0])
    return f"{' '.join(before[-3:])} | {' '.join(after[:2])}"


def _example(text: str, m: IndicatorMention, width: int = 70) -> str:
    start = max(m.sentence_start, m.char_start - width)
    end = min(m.sentence_end, m.char_end + width // 2)
    shown = text[start : m.char_start] + "⟦" + text[m.char_start : m.char_end] + "⟧" + text[m.char_end : end]
    return " ".join(shown.split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--top", type=int, default=60, help="groups shown per unit")
    ap.add_argument("--uncoded", action="store_true", help="group only the figures without a code")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus} (../shared is absent): nothing to mine")
        return 0
    found = figures(args.corpus)
    total, coded = len(found), sum(m.indicator_code is not None for _, _, m in found)
    print(f"figures: {total}, coded: {coded} ({coded / max(total, 1):.1%})")
    by_unit: Counter[str] = Counter(m.unit for _, _, m in found)
    coded_unit: Counter[str] = Counter(m.unit for _, _, m in found if m.indicator_code)
    print("by unit: " + ", ".join(f"{u} {coded_unit[u]}/{n}" for u, n in by_unit.most_common()))
    by_category: Counter[str] = Counter(
        CATALOGUE[m.indicator_code].category for _, _, m in found if m.indicator_code in CATALOGUE
    )
    print("by category: " + ", ".join(f"{c} {n}" for c, n in by_category.most_common()))
    groups: dict[tuple[str, str], list[tuple[str, IndicatorMention]]] = defaultdict(list)
    for _, text, m in found:
        if args.uncoded and m.indicator_code:
            continue
        groups[(m.unit, context_key(text, m))].append((text, m))
    for unit, _ in by_unit.most_common():
        ranked = sorted(((k, v) for k, v in groups.items() if k[0] == unit), key=lambda kv: -len(kv[1]))
        if not ranked:
            continue
        print(f"\n== {unit}: {sum(len(v) for _, v in ranked)} figures in {len(ranked)} groups")
        for (_, key), members in ranked[: args.top]:
            codes = Counter(m.indicator_code for _, m in members if m.indicator_code)
            top = f" {codes.most_common(1)[0][0]}" if codes else ""
            text, m = members[0]
            print(f"{len(members):4} coded {sum(codes.values()):3}{top:38} {key:40} {_example(text, m)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
