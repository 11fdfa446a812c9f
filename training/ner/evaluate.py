"""Score a trained NER model directory on the NKJP test split and KPWr test file (the model alone).

Usage (from the repository root)::

    .venv/bin/python training/ner/evaluate.py MODEL_DIR [--json OUT.json]

Same scoring as ``orbitscope eval ner`` (src/orbitscope/evaluation/ner.py), which also scores the rule/KB
baseline and the fused engine, but for any model folder (e.g. training/ner/output/model-best) rather than
the one bundled with the package.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from orbitscope.evaluation.ner import evaluate_ner, kpwr_test_corpus, nkjp_test_corpus
from orbitscope.nlp.ner import NerModel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    model = NerModel(args.model)
    corpora = [nkjp_test_corpus(), kpwr_test_corpus()]
    start = time.perf_counter()
    report = evaluate_ner({"model": model}, corpora)
    seconds = time.perf_counter() - start
    result = report.as_dict()
    tokens = sum(info["tokens"] for info in result["corpora"].values())
    result["tokens_per_second"] = round(tokens / seconds)
    for corpus, systems in result["scores"].items():
        print(f"\n{corpus} ({result['corpora'][corpus]['spans']} gold spans), exact span | overlap F1")
        print(f"{'type':<6} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'F1~':>6}")
        for label, scores in systems["model"].items():
            e, o = scores["exact"], scores["overlap"]
            print(f"{label:<6} {e['gold']:>5} {e['predicted']:>5} {e['precision']:>6.3f} {e['recall']:>6.3f} "
                  f"{e['f1']:>6.3f} {o['f1']:>6.3f}")
    print(f"\n{tokens} tokens in {seconds:.1f} s (model and scoring, 1 process)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
