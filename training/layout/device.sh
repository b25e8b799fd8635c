#!/usr/bin/env bash
# One training run on the GPU machine (the `run` tool); data/layout-data.npz travels with `carry`.
set -euo pipefail
cd "$(dirname "$0")"
PY=python3
$PY -c 'import torch' 2>/dev/null || PY=/usr/bin/python3
nvidia-smi --query-gpu=name,memory.total --format=csv || true
$PY -c 'import torch, sys; print("torch", torch.__version__, "cuda", torch.cuda.is_available(), sys.version)'
$PY train.py train --data "data/${DATA:-layout-data.npz}" --out "${OUT:-runs/gpu}" \
  --epochs "${EPOCHS:-120}" --batch 32 --lr 2e-3 --seed 2026 --budget-s "${BUDGET_S:-300}" --eval-every 30 ${EXTRA:-}
