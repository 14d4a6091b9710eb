"""The fitted relevance model at run time: a linear model over the terms of `features.PageFeatures`, read once per
process from the JSON file `make train-relevance` writes beside this module, and applied in plain Python.

The file holds, per block of terms, each term's inverse document frequency and coefficient, then the intercept, the
sigmoid calibration (a, b) and the decision threshold: the numbers of the fitted scikit-learn pipeline
(`transforms.relevance.learning`), so that scoring here gives its `predict_proba` exactly (a test checks it). A JSON
file loads fast and safely, unlike a pickle, and scoring one page this way costs a few dictionary look-ups per word,
against the per-call cost of a scikit-learn transform on a single page.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections import Counter
from dataclasses import dataclass
from itertools import compress, repeat
from pathlib import Path
from typing import NamedTuple

from transforms.relevance.features import PageFeatures

MODEL_DIR = Path(__file__).with_name("model")
MODEL_FILE = MODEL_DIR / "relevance_model.json"
FORMAT = "localgov-relevance-linear/1"
BLOCKS = ("headline", "opening", "lead", "cues")  # the order of the pipeline's feature blocks


class ModelFileError(RuntimeError):
    """The model file is missing or not one this code reads; the message says what to do."""


class Contribution(NamedTuple):
    """One term's share of a page's decision value, as a reason names it."""

    weight: float
    block: str
    term: str

    def label(self) -> str:
        """How a reason names the term: a cue as it is, a word with its block ('headline "kỳ họp"')."""
        return self.term if self.block == "cues" else f'{self.block} "{self.term}"'


@dataclass(frozen=True, slots=True)
class Block:
    """One block of terms: each term's (idf, coefficient), and how counts become values (as scikit-learn's
    `TfidfVectorizer` does: 0/1 or 1 + log(count) or the count, times the idf, the block then l2-normalised or not)."""

    weights: dict[str, tuple[float, float]]
    binary: bool
    sublinear: bool
    normalised: bool


@dataclass(frozen=True, slots=True)
class LinearModel:
    """The fitted model: blocks, intercept, sigmoid calibration and threshold."""

    blocks: dict[str, Block]
    intercept: float
    slope: float  # the calibration: probability = 1 / (1 + exp(slope * decision + offset))
    offset: float
    threshold: float
    version: str

    @classmethod
    def from_dict(cls, data: dict) -> LinearModel:
        if data.get("format") != FORMAT:
            raise ModelFileError(f"relevance model format {data.get('format')!r} is not {FORMAT!r}")
        blocks = {}
        missing = [name for name in BLOCKS if name not in data.get("blocks", {})]
        if missing:
            raise ModelFileError(f"relevance model has no block {missing[0]!r}: run `make train-relevance`")
        for name in BLOCKS:
            block = data["blocks"][name]
            idf = block.get("idf") or [1.0] * len(block["terms"])
            weights = dict(zip(block["terms"], zip(idf, block["coef"], strict=True), strict=True))
            if block["norm"] not in ("l2", None):
                raise ModelFileError(f"relevance model block {name!r}: norm {block['norm']!r} is not l2 or none")
            blocks[name] = Block(weights, block["binary"], block["sublinear_tf"], block["norm"] == "l2")
        calibration = data["calibration"]
        return cls(blocks, data["intercept"], calibration["a"], calibration["b"], data["threshold"], data["version"])

    def contributions(self, features: PageFeatures) -> list[tuple[float, str, str]]:
        """Each known term's share of the decision value, (weight, block, term): its value in its block times its
        coefficient (plain tuples, built in comprehensions and C iterators: this runs on every page the gate lets
        through, over hundreds of terms)."""
        out: list[tuple[float, str, str]] = []
        for name in BLOCKS:
            block = self.blocks[name]
            counts = Counter(getattr(features, name))
            found = list(map(block.weights.get, counts))  # (idf, coef), None for a term the model does not know
            known = [entry for entry in found if entry is not None]
            known_counts = zip(compress(counts.values(), found), known, strict=True)
            if block.binary:
                values = [idf for idf, _ in known]
            elif block.sublinear:  # 1 + log(1) is 1, which leaves the idf as it is
                values = [idf if n == 1 else (1.0 + math.log(n)) * idf for n, (idf, _) in known_counts]
            else:
                values = [n * idf for n, (idf, _) in known_counts]
            norm = (math.sqrt(math.fsum(map(operator.mul, values, values))) or 1.0) if block.normalised else 1.0
            weights = [value / norm * coef for value, (_, coef) in zip(values, known, strict=True)]
            out += zip(weights, repeat(name), compress(counts, found))
        return out

    def probability(self, decision: float) -> float:
        """The calibrated probability of a decision value."""
        exponent = self.slope * decision + self.offset
        if exponent > 0:  # the two forms of the logistic function, each safe from overflow on its side
            return math.exp(-exponent) / (1.0 + math.exp(-exponent))
        return 1.0 / (1.0 + math.exp(exponent))

    def score(self, features: PageFeatures) -> tuple[float, list[tuple[float, str, str]]]:
        """The calibrated probability that the page is relevant, and the contributions behind it."""
        contributions = self.contributions(features)
        decision = self.intercept + math.fsum(map(operator.itemgetter(0), contributions))
        return self.probability(decision), contributions


def read_model(path: Path) -> LinearModel:
    """A model file, read and checked."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelFileError(f"no relevance model at {path}: run `make train-relevance`") from None
    except (OSError, ValueError) as exc:
        raise ModelFileError(f"cannot read the relevance model {path}: {exc}") from None
    return LinearModel.from_dict(data)


@functools.cache
def load_model() -> LinearModel:
    """The packaged model, read on first use and kept for the life of the process."""
    return read_model(MODEL_FILE)
