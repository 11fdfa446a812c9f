"""Score a trained NER pipeline on a DocBin: exact-span and overlap P/R/F1, per fine label and per coarse type.

Usage (from the repository root)::

    .venv/bin/python training/ner/evaluate.py MODEL_DIR [training/ner/corpus/test.spacy] [--json OUT.json]

Fine labels are the trained NKJP labels; coarse types come from labels.tsv (persName->PER, orgName->ORG,
geogName->LOC, placeName->GPE, date/time->DATE). Exact span: same start, end and type. Overlap: a predicted
span counts as correct if it shares at least one token with a gold span of the same type (one-to-one).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent


def coarse_map() -> dict[str, str]:
    """Trained label -> coarse type (from labels.tsv)."""
    table = {}
    for line in (HERE / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _, fine, coarse = line.split("\t")
            table[fine] = coarse
    return table


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_gold": n_gold, "n_pred": n_pred}


def score(pairs, relabel) -> dict[str, dict]:
    """pairs: [(gold_spans, pred_spans)] with spans as (start, end, label); returns per-label and overall."""
    tp, tp_overlap, n_pred, n_gold = Counter(), Counter(), Counter(), Counter()
    for gold, pred in pairs:
        gold = [(s, e, relabel(l)) for s, e, l in gold]
        pred = [(s, e, relabel(l)) for s, e, l in pred]
        gold_set = set(gold)
        used = set()
        for span in pred:
            n_pred[span[2]] += 1
            if span in gold_set:
                tp[span[2]] += 1
            for j, g in enumerate(gold):
                if j not in used and g[2] == span[2] and g[0] < span[1] and span[0] < g[1]:
                    used.add(j)
                    tp_overlap[span[2]] += 1
                    break
        for span in gold:
            n_gold[span[2]] += 1
    labels = sorted(set(n_gold) | set(n_pred))
    result = {
        label: {"exact": prf(tp[label], n_pred[label], n_gold[label]),
                "overlap": prf(tp_overlap[label], n_pred[label], n_gold[label])}
        for label in labels
    }
    total = lambda c: sum(c.values())  # noqa: E731
    result["ALL"] = {"exact": prf(total(tp), total(n_pred), total(n_gold)),
                     "overlap": prf(total(tp_overlap), total(n_pred), total(n_gold))}
    return result


def print_table(title: str, result: dict) -> None:
    print(f"\n{title}")
    print(f"{'type':<10} {'gold':>6} {'pred':>6}   {'P':>6} {'R':>6} {'F1':>6}   {'P~':>6} {'R~':>6} {'F1~':>6}")
    for label, r in result.items():
        e, o = r["exact"], r["overlap"]
        print(f"{label:<10} {e['n_gold']:>6} {e['n_pred']:>6}   {e['p']:>6.3f} {e['r']:>6.3f} {e['f']:>6.3f}"
              f"   {o['p']:>6.3f} {o['r']:>6.3f} {o['f']:>6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("data", nargs="?", type=Path, default=HERE / "corpus" / "test.spacy")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    nlp = spacy.load(args.model)
    gold_docs = list(DocBin().from_disk(args.data).get_docs(nlp.vocab))
    inputs = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold_docs]
    start = time.perf_counter()
    predicted = list(nlp.pipe(inputs, batch_size=256))
    seconds = time.perf_counter() - start
    n_tokens = sum(len(d) for d in inputs)
    pairs = [([(e.start, e.end, e.label_) for e in g.ents], [(e.start, e.end, e.label_) for e in p.ents])
             for g, p in zip(gold_docs, predicted)]
    coarse = coarse_map()
    fine_result = score(pairs, lambda label: label)
    coarse_result = score(pairs, lambda label: coarse.get(label, label))
    print(f"{args.data}: {len(inputs)} sentences, {n_tokens} tokens, {n_tokens / seconds:,.0f} tokens/s (1 process)")
    print_table("Fine labels (exact span | ~ = overlap)", fine_result)
    print_table("Coarse types (exact span | ~ = overlap)", coarse_result)
    if args.json:
        args.json.write_text(json.dumps({"fine": fine_result, "coarse": coarse_result,
                                         "tokens": n_tokens, "tokens_per_second": round(n_tokens / seconds)},
                                        indent=2))


if __name__ == "__main__":
    main()
