"""Install a trained model into the package: src/orbitscope/models/ner-pl-nkjp, with version and scores.

Usage (from the repository root; train.sh calls it last)::

    .venv/bin/python training/ner/package.py training/ner/output/model-best VERSION \
        [--scores training/ner/output/test-scores-coarse.json]

Writes the model's meta.json name/version/description/sources, and ``performance.ents_per_type`` from the
NKJP test split (the runtime uses each label's test precision as the confidence of its spans).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent.parent / "src" / "orbitscope" / "models" / "ner-pl-nkjp"
FINE = {"PER": "persName", "ORG": "orgName", "LOC": "geogName", "GPE": "placeName"}


def describe_tok2vec(model: Path) -> str:
    """The model's tok2vec in words: "CNN tok2vec (width 64, depth 3)", "+ floret vectors" when it has them."""
    from spacy.util import load_config

    tok2vec = load_config(model / "config.cfg")["components"]["tok2vec"]["model"]
    vectors = " + floret vectors" if tok2vec["embed"].get("include_static_vectors") else ""
    return f"CNN tok2vec (width {tok2vec['encode']['width']}, depth {tok2vec['encode']['depth']}){vectors}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("version")
    parser.add_argument("--scores", type=Path, default=HERE / "output" / "test-scores-coarse.json")
    args = parser.parse_args()
    scores = json.loads(args.scores.read_text(encoding="utf-8"))
    nkjp = scores["scores"]["nkjp-test"]["model"]
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(args.model, TARGET)
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    per_type = {FINE[label]: {"p": value["exact"]["precision"], "r": value["exact"]["recall"],
                              "f": value["exact"]["f1"]} for label, value in nkjp.items() if label in FINE}
    per_type["date"] = per_type["time"] = {key: nkjp["DATE"]["exact"][name] for key, name in
                                           (("p", "precision"), ("r", "recall"), ("f", "f1"))}
    meta.update({
        "name": "ner_pl_nkjp", "version": args.version,
        "description": f"orbitscope Polish NER: Morfeusz features + {describe_tok2vec(TARGET)} + transition "
                       "NER, trained from scratch on NKJP 1M (outermost spans). Scores: NKJP test split, coarse types.",
        "license": "model: MIT; training data NKJP 1M, CC BY 4.0",
        "sources": [{"name": "NKJP 1M named entities", "url": "http://nkjp.pl",
                     "license": "CC BY 4.0", "author": "Przepiórkowski et al. 2012"}],
    })
    meta.setdefault("performance", {})["ents_per_type"] = per_type
    meta["performance"]["ents_f"] = nkjp["ALL"]["exact"]["f1"]
    meta["performance"]["kpwr_ents_f"] = scores["scores"]["kpwr-test"]["model"]["ALL"]["exact"]["f1"]
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"installed {args.model} as {TARGET} version {args.version}")


if __name__ == "__main__":
    main()
