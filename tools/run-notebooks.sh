#!/usr/bin/env bash
# Execute notebooks headless with the workbook's Java kernel and fail on any cell error.
#
#   tools/run-notebooks.sh [--html] [--with-code] [--parallel N] [NOTEBOOK.ipynb ...]
#                                                          (default: notebooks/*.ipynb)
#
# Executed copies go to target/notebooks/ with each kernel's log beside them (sources are left
# untouched); with --html each is also rendered to target/notebooks/NAME.html. Runs
# tools/jupyter/run_notebooks.py (one process, two notebooks at a time) on the kernel that
# tools/setup-jupyter.sh writes under target/jupyter, found through JUPYTER_PATH for this run only.
# Run tools/setup-jupyter.sh first.
#
# A kernel that does not start is started again (KERNEL_START_TRIES, default 3;
# KERNEL_START_TIMEOUT seconds each, default 30); a failing cell is never retried.
# Ends with "N passed, N failed"; exit status 1 if any notebook failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit
if [[ ! -f target/jupyter/kernels/sizing-java/kernel.json ]]; then
  echo "run-notebooks: no kernel under target/jupyter; run tools/setup-jupyter.sh first" >&2
  exit 1
fi
PYTHON="$(cat target/jupyter/python 2>/dev/null || echo python3)"
export JUPYTER_PATH="$ROOT/target/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export PYDEVD_DISABLE_FILE_VALIDATION=1
exec "$PYTHON" tools/jupyter/run_notebooks.py "$@"
