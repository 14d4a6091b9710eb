"""Evaluate the relevance verdict (keyword gate, then the learned model): cross-validated on the training labels,
scored on the blind sample, timed over the whole crawl, and run on the real local-government articles.

    python bench/relevance_eval.py [CORPUS_PATH]          # default ../shared/corpus/baomoi-2017.jsonl.gz
    python bench/relevance_eval.py --skip-blind           # every figure but the blind sample's (model not final)
    python bench/relevance_eval.py --show-blind-errors    # also list the blind sample's errors (read them only once
                                                          # the model is final: never change it in response)
    python bench/relevance_eval.py --draw-sample | --draw-check SEED | --draw-blind-and-train | --draw-blind-2023 |
                                   --draw-blind-2025 | --draw-active | --draw-active-2025 | --draw-blind-2027 |
                                   --draw-rest-2028   # reprint a draw

Prints: the stratified 5-fold cross-validation figures of the whole verdict on the training labels (recomputed exactly
as `make train-relevance` computed them, and compared with the model's metadata), per stratum, then on clear labels
alone (borderline ones not scored), and each keyword stratum scored by a model fitted on the others (leave one stratum
out); per stratum, the pages labelled relevant that the keyword gate stops (it must stop none); the packaged model's
figures on the blind sample (`keyword-blind-2027`, never trained or tuned on; once its labels are in), beside the rules'
own; the wall-clock and CPU time of the verdict over every record of the crawl; how many of the 459 local-government
articles are judged relevant, and each article whose verdict differs from its label (every rejected one among them); the
verdict on the sample pages in `raw/`. The corpus records are `{"id", "text"}` with the headline as the first line; the
headline is passed as the title and the whole text as `clean_text`. Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from relevance_data import (
    BLIND_STRATUM,
    CHECK_SEEDS,
    DEFAULT_CORPUS,
    LOCAL_GOV_STRATUM,
    REPO,
    cv_figures,
    figures,
    is_borderline,
    is_keyword_stratum,
    is_random_keyword_stratum,
    labelled_pages,
    read_corpus,
    read_labels,
    read_local_gov,
    split_pages,
    title_and_text,
)
from relevance_draws import (
    draw_active,
    draw_active_2025,
    draw_blind_2023,
    draw_blind_2025,
    draw_blind_2027,
    draw_blind_and_train,
    draw_check,
    draw_rest_2028,
    draw_sample,
    held_out_pages,
)

from transforms.model import Relevance
from transforms.relevance import assess_relevance, load_model, rule_verdict
from transforms.relevance.classifier import MODEL_DIR
from transforms.relevance.learning import LabelledPage, cross_validate, fit_model, label_weight, select_training
from transforms.relevance.learning.fitting import gated_features


def print_figures(name: str, row: dict) -> None:
    print(f"  {name}: precision {row['precision']:.3f}  recall {row['recall']:.3f}  F1 {row['f1']:.3f}  "
          f"(TP {row['tp']}, FP {row['fp']}, FN {row['fn']}, TN {row['tn']})")  # fmt: skip


def cross_validation(pages: list[LabelledPage], blind: list[LabelledPage], metadata: dict) -> None:
    """The out-of-fold figures of the training labels, as training computed them, at the model's threshold."""
    selection = select_training(pages, held_out=blind)
    features = [gated_features(p.title, p.text) for p in selection.pages]
    weights = [label_weight(p) for p in selection.pages]
    out_of_fold = cross_validate(features, [p.label for p in selection.pages], weights=weights)
    cv = cv_figures(selection.pages, out_of_fold, metadata["threshold"]["value"])
    same = cv == metadata["cross_validation"]["figures"]
    print(
        f"stratified 5-fold cross-validation on {len(selection.pages)} training pages (gate, then model; threshold "
        f"{metadata['threshold']['value']}): {'the same as' if same else 'DIFFERENT from'} the model's metadata"
    )
    for name, row in cv.items():
        print_figures(name, row)
    print(
        "  the same, clear labels only (a label whose note starts `ambiguous:` not scored, as the issue's own check "
        "scores):"
    )
    for name, in_group in (("random keyword draws", is_random_keyword_stratum), ("keyword strata", is_keyword_stratum)):
        members = [i for i, p in enumerate(selection.pages) if in_group(p.stratum) and not is_borderline(p)]
        predicted = [(out_of_fold[i] or 0.0) >= metadata["threshold"]["value"] for i in members]
        labels = [selection.pages[i].label for i in members]
        print_figures(f"{name}, clear ({len(members)})", figures(labels, predicted))


def leave_one_stratum_out(pages: list[LabelledPage], blind: list[LabelledPage], threshold: float) -> None:
    """Each keyword stratum of the training labels, every page of it, scored by a model fitted on the other training
    pages without any copy of its texts (under any id): how the model holds on a sample drawn and labelled apart from
    those it learned from. `keyword-blind-2025` left out is the previous blind scoring's set-up (model 3.2, fitted
    without it: precision 0.949, recall 0.843)."""
    print(f"leave one stratum out (threshold {threshold}):")
    for name in dict.fromkeys(p.stratum for p in pages if is_keyword_stratum(p.stratum)):
        test = [p for p in pages if p.stratum == name]
        train = select_training([p for p in pages if p.stratum != name], held_out=blind + test).pages
        model = fit_model([gated_features(p.title, p.text) for p in train], [p.label for p in train],
                          weights=[label_weight(p) for p in train])  # fmt: skip
        features = [gated_features(p.title, p.text) for p in test]
        scored = [f for f in features if f is not None]
        probabilities = iter(model.predict_proba(scored)[:, 1]) if scored else iter(())
        predicted = [f is not None and next(probabilities) >= threshold for f in features]
        print_figures(f"{name} ({len(test)})", figures([p.label for p in test], predicted))
        clear = [i for i, p in enumerate(test) if not is_borderline(p)]
        print_figures(f"  clear ({len(clear)})", figures([test[i].label for i in clear], [predicted[i] for i in clear]))


def gate_recall(pages: list[LabelledPage]) -> None:
    """Per stratum, how many pages labelled relevant the keyword gate stops (it must stop none), each one named."""
    print("keyword gate on the pages labelled relevant:")
    for name in dict.fromkeys(p.stratum for p in pages):
        relevant = [p for p in pages if p.stratum == name and p.label]
        stopped = [p.id for p in relevant if gated_features(p.title, p.text) is None]
        print(f"  {name}: {len(relevant) - len(stopped)} of {len(relevant)} let through"
              + (f"; stopped: {', '.join(stopped)}" if stopped else ""))  # fmt: skip


def verdicts(pages: list[LabelledPage], judge) -> list[Relevance]:
    return [judge(p.title, p.text) for p in pages]


def blind_figures(blind: list[LabelledPage], show_errors: bool) -> None:
    """The packaged model's and the rules' figures on the blind sample."""
    if not blind:
        print(f"blind sample {BLIND_STRATUM}: no labels yet")
        return
    labels = [p.label for p in blind]
    model = verdicts(blind, assess_relevance)
    print(f"blind sample {BLIND_STRATUM} ({len(blind)} pages, {sum(labels)} relevant):")
    print_figures("model", figures(labels, [v.is_relevant for v in model]))
    print_figures("rules alone", figures(labels, [v.is_relevant for v in verdicts(blind, rule_verdict)]))
    clear = [i for i, p in enumerate(blind) if not is_borderline(p)]
    print_figures(f"model, clear labels ({len(clear)})", figures([labels[i] for i in clear],
                                                                 [model[i].is_relevant for i in clear]))  # fmt: skip
    if show_errors:
        for page, verdict in zip(blind, model, strict=True):
            if verdict.is_relevant != bool(page.label):
                kind = "FP" if verdict.is_relevant else "FN"
                print(f"    {kind} {page.id}: {verdict.reason}" + (f"  [label note: {page.note}]" if page.note else ""))


def time_corpus(records: list[tuple[str, str]], repeats: int = 3) -> tuple[float, float, int, int]:
    """The best wall-clock and CPU seconds of `repeats` passes of the verdict over every record (CPU time is the
    steadier figure on a shared machine), how many pages the gate let through and how many were judged relevant."""
    pairs = [title_and_text(text) for _, text in records]
    wall, cpu, gated, relevant = float("inf"), float("inf"), 0, 0
    load_model()  # read once per process, before the clock starts
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        results = [assess_relevance(title, text) for title, text in pairs]
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
        gated = sum(r.score is not None for r in results)
        relevant = sum(r.is_relevant for r in results)
    return wall, cpu, gated, relevant


def local_gov_check(pages: list[LabelledPage], trained: set[str]) -> None:
    """How many local-government articles are judged relevant, each one judged against its label, and every one
    rejected."""
    results = verdicts(pages, assess_relevance)
    judged = sum(r.is_relevant for r in results)
    seen = sum(p.id in trained for p in pages)
    print(
        f"local-gov articles: {judged}/{len(pages)} judged relevant ({judged / len(pages):.1%}); against their "
        f"labels ({seen} were trained on, the others are copies of crawl pages labelled elsewhere or of blind pages; "
        "the cross-validation above has the out-of-fold figures):"
    )
    print_figures("local-gov", figures([p.label for p in pages], [r.is_relevant for r in results]))
    for page, verdict in zip(pages, results, strict=True):
        if verdict.is_relevant != bool(page.label):
            kind = "judged relevant, labelled 0" if verdict.is_relevant else "rejected, labelled 1"
            where = "trained on" if page.id in trained else "not trained on"
            print(f"    {kind} ({where}): {page.id} «{page.title[:70]}» {verdict.reason}  [note: {page.note}]")
    rejected = [(p, r) for p, r in zip(pages, results, strict=True) if not r.is_relevant and not p.label]
    print(f"  rejected and labelled 0: {len(rejected)}")
    for page, verdict in rejected:
        print(f"    {page.id} «{page.title[:70]}» {verdict.reason[:90]}  [note: {page.note}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--draw-sample", action="store_true", help="print the labelled sample's (id, stratum)")
    parser.add_argument("--draw-check", type=int, metavar="SEED", choices=CHECK_SEEDS, help="print a check sample")
    parser.add_argument("--draw-blind-and-train", action="store_true", help="print the 2021 blind and training samples")
    parser.add_argument("--draw-blind-2023", action="store_true", help="print the 2023 blind sample")
    parser.add_argument("--draw-blind-2025", action="store_true", help="print the 2025 blind sample")
    parser.add_argument("--draw-active", action="store_true", help="print the active-learning sample (scores ~2 min)")
    parser.add_argument("--draw-active-2025", action="store_true", help="print the 2025 active-learning sample")
    parser.add_argument("--draw-blind-2027", action="store_true", help="print the blind sample")
    parser.add_argument("--draw-rest-2028", action="store_true", help="print the ids the 2027 blind draw left")
    parser.add_argument("--show-blind-errors", action="store_true", help="list the blind sample's errors")
    parser.add_argument("--skip-cv", action="store_true", help="skip the cross-validations (a few minutes of CPU)")
    parser.add_argument("--skip-blind", action="store_true", help="leave the blind sample out of every figure")
    args = parser.parse_args(argv)
    local_gov_dir = args.corpus.parent / "local-gov"
    if not args.corpus.exists() or not local_gov_dir.is_dir():
        print(f"corpus not found at {args.corpus} (with local-gov/ beside it): nothing to evaluate (see ../shared)")
        return 0
    records = list(read_corpus(args.corpus))
    rows = read_labels()
    draws = {
        "draw_sample": lambda: draw_sample(records),
        "draw_blind_and_train": lambda: draw_blind_and_train(records, rows),
        "draw_blind_2023": lambda: draw_blind_2023(records, rows),
        "draw_blind_2025": lambda: draw_blind_2025(records, rows),
        "draw_active": lambda: draw_active(records, rows),
        "draw_active_2025": lambda: draw_active_2025(records, rows),
        "draw_blind_2027": lambda: draw_blind_2027(records, rows),
        "draw_rest_2028": lambda: draw_rest_2028(records, rows),
    }
    wanted = [name for name in draws if getattr(args, name)]
    if wanted or args.draw_check is not None:
        drawn = draw_check(records, rows, args.draw_check) if args.draw_check is not None else draws[wanted[0]]()
        for doc_id, name in drawn:
            print(f"{doc_id},{name}")
        return 0
    pages = labelled_pages(rows, dict(records), read_local_gov(local_gov_dir))
    candidates, blind = split_pages(pages)
    held_out = held_out_pages(records, rows)
    metadata = json.loads((MODEL_DIR / "metadata.json").read_text(encoding="utf-8"))
    print(f"model {metadata['model_version']} ({metadata['training']['fitted (through the gate)']} pages fitted, "
          f"threshold {metadata['threshold']['value']})")  # fmt: skip
    if not args.skip_cv:
        cross_validation(candidates, held_out, metadata)
        leave_one_stratum_out(candidates, held_out, metadata["threshold"]["value"])
    gate_recall(candidates if args.skip_blind else pages)
    if not args.skip_blind:
        blind_figures(blind, args.show_blind_errors)
    keyword = [p for p in candidates if is_keyword_stratum(p.stratum)]
    print(f"(rules alone on the {len(keyword)} keyword-stratum training labels, some of which they were tuned on:)")
    print_figures(
        "rules", figures([p.label for p in keyword], [v.is_relevant for v in verdicts(keyword, rule_verdict)])
    )
    wall, cpu, gated, relevant = time_corpus(records)
    print(f"whole corpus: {len(records)} pages in {wall:.2f} s wall, {cpu:.2f} s CPU "
          f"({len(records) / cpu:,.0f} docs/s of CPU, best of 3); {gated} through the gate, "
          f"{relevant} judged relevant ({relevant / len(records):.2%})")  # fmt: skip
    trained = {p.id for p in select_training(candidates, held_out=held_out).pages}
    local_gov_check([p for p in pages if p.stratum == LOCAL_GOV_STRATUM], trained)
    for path in sorted((REPO / "raw").glob("*.txt")):
        verdict = assess_relevance(None, path.read_text(encoding="utf-8"))
        print(f"raw/{path.name}: {'relevant' if verdict.is_relevant else 'NOT relevant'} ({verdict.reason})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
