#!/usr/bin/env bash
# Runs a local Plexus chain without compiling a node: builds the runtime (native + WASM), writes
# a raw chain spec of a genesis preset, and serves it with chopsticks on ws://127.0.0.1:$PORT.
#
#   scripts/devnet.sh                       # preset `development`, port 8000, blocks on demand
#   PRESET=local_testnet PORT=8001 scripts/devnet.sh
#
# Connect polkadot.js apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A8000
# Blocks are built as soon as a transaction arrives (chopsticks' `Instant` mode).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PRESET="${PRESET:-development}"
PORT="${PORT:-8000}"

plexus_setup_rust
plexus_setup_npm
spec="$(plexus_raw_spec "$PRESET")"

echo "Starting Plexus ($PRESET) on ws://127.0.0.1:$PORT" >&2
cd "$PLEXUS_ROOT/e2e"
exec npx --no-install chopsticks \
	--genesis "$spec" \
	--host 127.0.0.1 \
	--port "$PORT" \
	--build-block-mode Instant \
	--runtime-log-level 3
