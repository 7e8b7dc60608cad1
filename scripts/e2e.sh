#!/usr/bin/env bash
# End-to-end test: starts a Plexus chain (preset `development`) with chopsticks on
# 127.0.0.1:$E2E_PORT, runs the @polkadot/api tests of e2e/ against it, and stops the chain.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

E2E_PORT="${E2E_PORT:-8010}"
plexus_setup_rust
plexus_setup_npm
spec="$(plexus_raw_spec development)"

plexus_port_free "$E2E_PORT" E2E_PORT

log="$(mktemp -t plexus-chopsticks.XXXXXX.log)"
cd "$PLEXUS_ROOT/e2e"
# Started directly (not through npx) so that $! is chopsticks itself and stops with it.
node node_modules/@acala-network/chopsticks/chopsticks.cjs --genesis "$spec" --host 127.0.0.1 \
	--port "$E2E_PORT" --build-block-mode Instant >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

# chopsticks answers JSON-RPC over HTTP on the same port.
plexus_wait_for_rpc "$E2E_PORT" "$pid" "$log" 120

PLEXUS_WS="ws://127.0.0.1:$E2E_PORT" node --test --test-concurrency=1 tests/ || {
	echo "--- chopsticks log ($log) ---" >&2
	tail -50 "$log" >&2
	exit 1
}
