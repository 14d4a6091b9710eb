"""The fitted pipeline as the model document `transforms.relevance.classifier` reads, and its exact bytes."""

from __future__ import annotations

import json

from sklearn.calibration import CalibratedClassifierCV

from transforms.relevance.classifier import BLOCKS, FORMAT


def export_model(fitted: CalibratedClassifierCV, threshold: float, version: str) -> dict:
    """The numbers of a fitted calibrated pipeline (see `fitting.build_classifier`): per block how term counts become
    values (binary, sublinear tf, norm) and each term with its idf (where the block uses one) and coefficient; the
    intercept, the sigmoid's a and b, the threshold."""
    calibrated = fitted.calibrated_classifiers_[0]
    pipeline, sigmoid = calibrated.estimator, calibrated.calibrators[0]
    coefficients = pipeline.named_steps["model"].coef_[0]
    union = pipeline.named_steps["features"]
    blocks, offset = {}, 0
    for name in BLOCKS:
        vectorizer = union.named_transformers[name]
        terms = vectorizer.get_feature_names_out()
        block: dict = {
            "binary": vectorizer.binary,
            "sublinear_tf": vectorizer.sublinear_tf,
            "norm": vectorizer.norm,
            "terms": [str(t) for t in terms],
        }
        if vectorizer.use_idf:
            block["idf"] = [float(x) for x in vectorizer.idf_]
        block["coef"] = [float(x) for x in coefficients[offset : offset + len(terms)]]
        blocks[name] = block
        offset += len(terms)
    if offset != len(coefficients):
        raise ValueError(f"the blocks hold {offset} terms, the model {len(coefficients)} coefficients")
    return {
        "format": FORMAT,
        "version": version,
        "threshold": threshold,
        "intercept": float(pipeline.named_steps["model"].intercept_[0]),
        "calibration": {"a": float(sigmoid.a_), "b": float(sigmoid.b_)},
        "blocks": blocks,
    }


def model_bytes(document: dict) -> bytes:
    """The file's bytes: keys in a fixed order, every float as its shortest exact repr, one block a line.

    >>> model_bytes({"b": 1.5, "blocks": {"x": {"terms": ["ủy"]}}, "a": "v"})
    b'{"a":"v","b":1.5,"blocks":{\\n"x":{"terms":["\\xe1\\xbb\\xa7y"]}\\n}}\\n'
    """
    head = {k: v for k, v in sorted(document.items()) if k != "blocks"}
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True, separators=(",", ":"))[:-1] + ',"blocks":{']
    blocks = document.get("blocks", {})
    body = [
        json.dumps(name, ensure_ascii=False) + ":" + json.dumps(blocks[name], ensure_ascii=False, separators=(",", ":"))
        for name in sorted(blocks)
    ]
    lines.append(",\n".join(body))
    lines.append("}}")
    return ("\n".join(lines) + "\n").encode("utf-8")
