#!/usr/bin/env bash
# One command: convert NKJP -> DocBin, train the spaCy NER model, evaluate it on the test split.
#   training/ner/train.sh [NKJP_IOB_GZ] [OUTPUT_DIR]
# Run from anywhere; uses the repository's .venv. Takes ~40 min on 2 CPU cores (run it with nohup ... &).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
INPUT="${1:-$REPO/../shared/data/nkjp-ner-iob/nkjp-nested-simplified-v2.iob.gz}"
OUT="${2:-$HERE/output}"
CORPUS="$HERE/corpus"
cd "$REPO"
mkdir -p "$OUT"
"$PY" "$HERE/convert.py" "$INPUT" --output "$CORPUS"
start=$(date +%s)
"$PY" -m spacy train "$HERE/config.cfg" --output "$OUT" --code "$HERE/components.py" \
    --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy" 2>&1 | tee "$OUT/train.log"
echo "training took $(( $(date +%s) - start )) s" | tee -a "$OUT/train.log"
"$PY" -m spacy evaluate --code "$HERE/components.py" "$OUT/model-best" "$CORPUS/test.spacy" --output "$OUT/test-scores.json"
"$PY" "$HERE/evaluate.py" "$OUT/model-best" --json "$OUT/test-scores-coarse.json"
"$PY" "$HERE/package.py" "$OUT/model-best" "${NER_VERSION:-2.0.0}" --scores "$OUT/test-scores-coarse.json"
