"""Train static floret vectors on the NKJP training split and turn them into a spaCy vectors folder.

Usage (from the repository root; train.sh calls it between convert and train)::

    .venv/bin/python training/ner/vectors.py [--corpus training/ner/corpus] [--output training/ner/vectors]

No pretrained vectors can be downloaded here, so the model's static vectors are learnt from the same
one million words it is trained on: the text of ``train.spacy`` only (never dev or test), one sentence a line,
with its original case (spaCy's static-vector layer looks words up by ORTH). floret stores word and character
n-gram vectors in one small hashed table, so every word — also one never seen in training — gets a vector
built from its pieces, which suits Polish inflection ("Tokajew", "Tokajewem"). One thread (floret's seed is fixed)
make the run reproducible. Needs the ``floret`` package (see training/ner/README.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# floret settings: 50,000 rows x 100 dimensions (20 MB as float32) keeps the packaged model well under 60 MB.
FLORET = {"model": "cbow", "mode": "floret", "dim": 100, "bucket": 50_000, "hashCount": 2, "minn": 3,
          "maxn": 5, "minCount": 2, "epoch": 15, "ws": 5, "neg": 10, "thread": 1, "verbose": 0}


def write_text(corpus: Path, target: Path) -> int:
    """Write the training split's sentences, one a line; returns the number of tokens."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    tokens = 0
    with target.open("w", encoding="utf-8") as out:
        for doc in DocBin().from_disk(corpus / "train.spacy").get_docs(Vocab()):
            words = [token.text for token in doc]
            tokens += len(words)
            out.write(" ".join(words) + "\n")
    return tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--output", type=Path, default=HERE / "vectors")
    args = parser.parse_args()
    import floret

    args.output.mkdir(parents=True, exist_ok=True)
    text = args.output / "train.txt"
    tokens = write_text(args.corpus, text)
    print(f"floret: training on {tokens} tokens of {args.corpus / 'train.spacy'} with {FLORET}")
    model = floret.train_unsupervised(str(text), **FLORET)
    raw = args.output / "vectors.floret"
    model.save_floret_vectors(str(raw))
    text.unlink()
    spacy_vectors = args.output / "spacy"
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "pl", str(raw), str(spacy_vectors),
                    "--mode", "floret"], check=True)
    print(f"wrote {spacy_vectors}")


if __name__ == "__main__":
    main()
