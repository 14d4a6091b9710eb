"""Which labelled pages the model learns from: one page per distinct model input, none labelled both ways, none
whose input is also a held-out page's (the blind sample's texts stay out of training, whatever their id)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from transforms.relevance.cues import fold
from transforms.relevance.features import headline_and_opening


@dataclass(frozen=True, slots=True)
class LabelledPage:
    """A labelled page: its id, stratum, label (1 relevant) and note, and its title and text."""

    id: str
    stratum: str
    label: int
    note: str
    title: str | None
    text: str


AMBIGUOUS_WEIGHT = 0.5  # a borderline call weighs half a plain one (chosen by cross-validation: 0.25 to 1 within 0.01)


def label_weight(page: LabelledPage) -> float:
    """How much a label counts in fitting: a borderline call (its note starts `ambiguous:`) less than a plain one.

    >>> label_weight(LabelledPage("a", "s", 1, "ambiguous: a chair's remarks", None, "")), label_weight(
    ...     LabelledPage("b", "s", 0, "sport", None, ""))
    (0.5, 1.0)
    """
    return AMBIGUOUS_WEIGHT if page.note.startswith("ambiguous") else 1.0


@dataclass(slots=True)
class Selection:
    """The pages kept for training and how many were left out, and why."""

    pages: list[LabelledPage] = field(default_factory=list)
    repeated: int = 0  # a later copy of a text already kept, with the same label
    conflicting: int = 0  # every copy of a text labelled both ways
    held_out_copies: int = 0  # the text of a held-out page under another id


def input_key(title: str | None, text: str) -> str:
    """What the model reads of a page, folded and hashed: two pages with the same key are the same example.

    >>> input_key("Họp HĐND", "Họp HĐND\\nSáng nay  HĐND họp.") == input_key(None, "họp hđnd\\nsáng nay hđnd họp.")
    True
    """
    head, opening = headline_and_opening(title, text)
    folded = " ".join(fold(head + "\n" + opening).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def select_training(pages: list[LabelledPage], held_out: list[LabelledPage]) -> Selection:
    """The training pages, in the order given: the first copy of each input, unless a copy is held out or the copies
    disagree.

    >>> a = LabelledPage("a", "s", 1, "", None, "Họp HĐND\\nHĐND họp.")
    >>> b = LabelledPage("b", "s", 0, "", None, "họp hđnd\\nhđnd họp.")
    >>> c = LabelledPage("c", "s", 0, "", None, "Bóng đá\\nĐội nhà thắng.")
    >>> selection = select_training([a, b, c], held_out=[])
    >>> [p.id for p in selection.pages], selection.conflicting
    (['c'], 2)
    """
    held = {input_key(p.title, p.text) for p in held_out}
    keys = [input_key(p.title, p.text) for p in pages]
    labels: dict[str, set[int]] = {}
    for key, page in zip(keys, pages, strict=True):
        labels.setdefault(key, set()).add(page.label)
    selection = Selection()
    seen: set[str] = set()
    for key, page in zip(keys, pages, strict=True):
        if key in held:
            selection.held_out_copies += 1
        elif len(labels[key]) > 1:
            selection.conflicting += 1
        elif key in seen:
            selection.repeated += 1
        else:
            seen.add(key)
            selection.pages.append(page)
    return selection
