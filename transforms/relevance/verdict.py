"""Is a page local-government news? The verdict run on every page: the rules' cheap keyword gate first, then the
learned model on the pages it lets through.

An article is relevant when its headline or opening reports, as its news, an act of a local-government, Party or
Front body at province, district or commune level, or of an office holder acting for it (a meeting, a personnel
decision, a decision or directive, its work results); `bench/data/README.md` gives the full definition the labels
were made by. Stage 1, the gate (`cues.passes_gate`, about one page in twelve of a general crawl passes): a page that
names no local body or office holder, or no meeting, personnel, decision or result word, is irrelevant at once, its
score None. Stage 2: a linear model fitted on the hand-made labels (`classifier`) reads the page's headline and
opening words and the rules' knowledge of it (`features`) and gives the calibrated probability that the page is
relevant; the page is relevant when it reaches the model's threshold. The reason names the terms that weighed most
for the verdict and against it.
"""

from __future__ import annotations

import heapq

from transforms.model import Relevance
from transforms.relevance.classifier import Contribution, LinearModel, load_model
from transforms.relevance.cues import passes_gate
from transforms.relevance.features import page_features
from transforms.relevance.opening import WINDOW_CHARS
from transforms.relevance.rules import GATE_REASON

REASON_FOR = 3  # terms named in a reason on the verdict's side
REASON_AGAINST = 2  # and on the other side


def explain(probability: float, threshold: float, contributions: list[tuple[float, str, str]]) -> str:
    """A verdict's reason: the probability against the threshold and the terms that weighed most each way.

    >>> explain(0.9, 0.5, [Contribution(1.2, "cues", "title: council + session"),
    ...                    Contribution(-0.3, "headline", "bão"), Contribution(0.4, "opening", "kỳ họp")])
    'model 0.90 ≥ 0.50; toward relevant: title: council + session +1.20, opening "kỳ họp" +0.40; toward irrelevant: \
headline "bão" -0.30'
    """
    relevant = probability >= threshold
    # the tuples order by weight first, so the heaviest each way come without a key function
    largest, smallest = heapq.nlargest(REASON_FOR, contributions), heapq.nsmallest(REASON_FOR, contributions)
    positive = [Contribution(*c) for c in largest if c[0] > 0]
    negative = [Contribution(*c) for c in smallest if c[0] < 0]
    sides = {True: positive[: REASON_FOR if relevant else REASON_AGAINST],
             False: negative[: REASON_AGAINST if relevant else REASON_FOR]}  # fmt: skip
    parts = [f"model {probability:.2f} {'≥' if relevant else '<'} {threshold:.2f}"]
    for side in (relevant, not relevant):
        if sides[side]:
            terms = ", ".join(f"{c.label()} {c.weight:+.2f}" for c in sides[side])
            parts.append(f"toward {'relevant' if side else 'irrelevant'}: {terms}")
    return "; ".join(parts)


def assess_relevance(title: str | None, clean_text: str, model: LinearModel | None = None) -> Relevance:
    """Judge whether a page reports a local-government or Party body's meeting, decision, election or work.
    `model` defaults to the packaged one.

    >>> assess_relevance("Khai mạc kỳ họp thứ 4 HĐND huyện", "Sáng 5/7, HĐND huyện khai mạc kỳ họp thứ 4.").is_relevant
    True
    >>> assess_relevance("U20 Việt Nam thua U20 Argentina", "Trận giao hữu tối qua...").reason
    'no local-government body and event named'
    """
    if not passes_gate((title or "") + "\n" + clean_text[:WINDOW_CHARS]):
        return Relevance(is_relevant=False, score=None, reason=GATE_REASON)
    model = model or load_model()
    probability, contributions = model.score(page_features(title, clean_text))
    return Relevance(
        is_relevant=probability >= model.threshold,
        score=probability,
        reason=explain(probability, model.threshold, contributions),
    )
