#!/usr/bin/env bash
# run.sh: the national-scale benchmark in one command, from anywhere.
#   bash bench/run.sh                 # 4 portals × ~2,565 pages, 3 runs of each side
#   bash bench/run.sh -runs 5 -profile /tmp/prof
# Flags are nationalbench's (go run ./bench/cmd/nationalbench -h).
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./bench/cmd/nationalbench "$@"
