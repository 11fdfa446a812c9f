"""Convert the NKJP 1M named-entity IOB file into spaCy DocBin files (train/dev/test).

Usage (from the repository root)::

    .venv/bin/python training/ner/convert.py [NKJP_IOB(.gz)] [--output training/ner/corpus]

Input format: ``orth<TAB>lemma<TAB>tag<TAB>NE-tags`` per token, IOB2 NE tags, nested tags joined by ``#``
(outer level first, e.g. ``B-persName#B-persName-surname``); ``-DOCSTART FILE <id>`` starts a document and a
blank line ends a sentence.

What we keep:
  * Only the OUTERMOST entity spans. In this "simplified" release nesting is at most two levels deep and the
    outer tag always comes first; inner spans (persName-forename/-surname/-addName inside persName,
    placeName-settlement inside orgName, e.g. "Uniwersytet [Warszawski]" / "Urząd Miasta [Krakowa]") are
    DROPPED for training. They could feed a second model (name-part tagging) later; the script counts them.
  * Labels: NKJP fine types, with every placeName sub-type (settlement, country, region, district, bloc)
    merged into ``placeName`` and any persName sub-type that stands alone merged into ``persName``.
    labels.tsv maps NKJP types -> trained label -> coarse PER/ORG/LOC/GPE/DATE.
    We do not train on the placeName sub-types: region/district/bloc have 760/279/100 spans in the whole
    corpus (too sparse), and settlement vs country is better decided by the knowledge base on linking.

The document split (80/10/10, seed 13) is read from split/{train,dev,test}.txt if present, else created there.
The morphological tag column is NOT used (see README: it is partly machine-made and often wrong).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from orbitscope.evaluation.iob import IobSentence, read_iob

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_INPUT = REPO.parent / "shared" / "data" / "nkjp-ner-iob" / "nkjp-nested-simplified-v2.iob.gz"
SPLIT_DIR = HERE / "split"
SPLIT_SEED = 13
SPLIT_FRACTIONS = (0.8, 0.1, 0.1)

# No space before these (closing punctuation) and none after the opening ones.
CLOSING = set(".,;:!?)]}%…”»’") | {"''", "’’", "...", ":)", ":-)", ";)", ";-)"}
OPENING = set("([{„«‘")


def read_label_map(path: Path = HERE / "labels.tsv") -> dict[str, tuple[str, str]]:
    """NKJP type -> (trained label, coarse label), from labels.tsv."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        nkjp, fine, coarse = line.split("\t")
        table[nkjp] = (fine, coarse)
    return table


def spaces_for(words: list[str]) -> list[bool]:
    """Reconstruct whitespace: none before closing punctuation, none after opening; straight quotes alternate."""
    spaces = [True] * len(words)
    quote_open = False
    for i, word in enumerate(words):
        if word in CLOSING and i > 0:
            spaces[i - 1] = False
        if word in OPENING:
            spaces[i] = False
        if word == '"':
            if quote_open:
                if i > 0:
                    spaces[i - 1] = False
            else:
                spaces[i] = False
            quote_open = not quote_open
    if words:
        spaces[-1] = False
    return spaces


def count_nested(sentence: IobSentence, stats: Counter) -> None:
    """Count the inner (nested) spans that training drops."""
    stats["inner_spans_dropped"] += sum(1 for levels in sentence.tags for tag in levels[1:] if tag.startswith("B-"))


def make_split(doc_ids: list[str]) -> dict[str, list[str]]:
    """Read the recorded split or create it (document-level, fixed seed)."""
    files = {name: SPLIT_DIR / f"{name}.txt" for name in ("train", "dev", "test")}
    if all(path.exists() for path in files.values()):
        split = {name: path.read_text().split() for name, path in files.items()}
        missing = set(doc_ids) - {d for ids in split.values() for d in ids}
        if missing:
            sys.exit(f"split files do not cover {len(missing)} documents, e.g. {sorted(missing)[:3]}; "
                     f"delete {SPLIT_DIR}/*.txt to regenerate")
        return split
    shuffled = sorted(doc_ids)
    random.Random(SPLIT_SEED).shuffle(shuffled)
    n_train = round(len(shuffled) * SPLIT_FRACTIONS[0])
    n_dev = round(len(shuffled) * SPLIT_FRACTIONS[1])
    split = {
        "train": sorted(shuffled[:n_train]),
        "dev": sorted(shuffled[n_train:n_train + n_dev]),
        "test": sorted(shuffled[n_train + n_dev:]),
    }
    SPLIT_DIR.mkdir(parents=True, exist_ok=True)
    for name, ids in split.items():
        files[name].write_text("\n".join(ids) + "\n")
    return split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--output", type=Path, default=HERE / "corpus")
    args = parser.parse_args()

    label_map = read_label_map()
    vocab = Vocab()  # blank vocab; the pipeline's own ("pl") vocab re-interns strings when the DocBin is read
    stats: Counter = Counter()
    label_counts: Counter = Counter()
    documents = list(read_iob(args.input))
    split = make_split([doc_id for doc_id, _ in documents])
    part_of = {doc_id: name for name, ids in split.items() for doc_id in ids}

    bins = {name: DocBin(store_user_data=True) for name in split}
    part_stats = {name: Counter() for name in split}
    for doc_id, sentences in documents:
        part = part_of[doc_id]
        # One spaCy Doc per sentence (better shuffling/batching); the document id rides in user_data.
        for sentence in sentences:
            words = list(sentence.words)
            count_nested(sentence, stats)
            doc = Doc(vocab, words=words, spaces=spaces_for(words))
            doc.user_data["doc_id"] = doc_id
            ents = []
            for start, end, kind in sentence.spans():
                if kind not in label_map:
                    sys.exit(f"unknown NKJP type {kind!r} in {doc_id}; add it to labels.tsv")
                label = label_map[kind][0]
                ents.append(Span(doc, start, end, label=label))
                label_counts[(part, label)] += 1
            doc.ents = ents
            bins[part].add(doc)
            part_stats[part]["sentences"] += 1
            part_stats[part]["tokens"] += len(words)
        part_stats[part]["documents"] += 1

    args.output.mkdir(parents=True, exist_ok=True)
    for name, docbin in bins.items():
        docbin.to_disk(args.output / f"{name}.spacy")
        counts = ", ".join(f"{label} {n}" for (p, label), n in sorted(label_counts.items()) if p == name)
        s = part_stats[name]
        print(f"{name}: {s['documents']} docs, {s['sentences']} sentences, {s['tokens']} tokens; {counts}")
    # The final model is trained on train + dev for the number of steps chosen on dev (see README).
    merged = DocBin(store_user_data=True)
    merged.merge(bins["train"])
    merged.merge(bins["dev"])
    merged.to_disk(args.output / "train+dev.spacy")
    print(f"inner (nested) spans dropped: {stats['inner_spans_dropped']}")
    print(f"wrote {', '.join(str(args.output / f'{n}.spacy') for n in [*bins, 'train+dev'])}")


if __name__ == "__main__":
    main()
