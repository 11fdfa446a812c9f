#!/usr/bin/env bash
# One command: convert NKJP -> DocBin, train static vectors (when the config uses them), train the spaCy NER
# model, evaluate it on the test splits and install it into the package.
#   training/ner/train.sh [NKJP_IOB_GZ] [OUTPUT_DIR]
# Run from anywhere; uses the repository's .venv. One training thread (OMP_NUM_THREADS=1): ~25 min on the
# 2-core machine; run it with nohup ... &.
# The shipped model is trained on train + dev for config.cfg's max_steps (chosen on dev beforehand) and is the
# last checkpoint; NER_TRAIN=train trains on train alone and keeps the checkpoint best on dev (model-best),
# which is how the number of steps was chosen (training/ner/README.md).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
INPUT="${1:-$REPO/../shared/data/nkjp-ner-iob/nkjp-nested-simplified-v2.iob.gz}"
OUT="${2:-$HERE/output}"
CORPUS="$HERE/corpus"
CONFIG="$HERE/config.cfg"
TRAIN="${NER_TRAIN:-train+dev}"
MODEL="$OUT/model-last"
[ "$TRAIN" = "train" ] && MODEL="$OUT/model-best"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
cd "$REPO"
mkdir -p "$OUT"
"$PY" "$HERE/convert.py" "$INPUT" --output "$CORPUS"
start=$(date +%s)
VECTORS=()
if grep -q '^include_static_vectors = true' "$CONFIG"; then
    # floret vectors learnt from the training split only (vectors.py), ~2 min
    "$PY" "$HERE/vectors.py" --corpus "$CORPUS" --output "$HERE/vectors"
    VECTORS=(--paths.vectors "$HERE/vectors/spacy")
fi
"$PY" -m spacy train "$CONFIG" --output "$OUT" --code "$HERE/components.py" \
    --paths.train "$CORPUS/$TRAIN.spacy" --paths.dev "$CORPUS/dev.spacy" "${VECTORS[@]}" 2>&1 | tee "$OUT/train.log"
echo "training took $(( $(date +%s) - start )) s" | tee -a "$OUT/train.log"
"$PY" -m spacy evaluate --code "$HERE/components.py" "$MODEL" "$CORPUS/test.spacy" --output "$OUT/test-scores.json"
"$PY" "$HERE/evaluate.py" "$MODEL" --json "$OUT/test-scores-coarse.json"
"$PY" "$HERE/package.py" "$MODEL" "${NER_VERSION:-2.1.0}" --scores "$OUT/test-scores-coarse.json"
