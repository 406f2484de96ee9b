#!/usr/bin/env bash
# Install what is needed (first time only) and open ExitPlanner. Try: scripts/run.sh --demo
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/exitplanner "$@"
