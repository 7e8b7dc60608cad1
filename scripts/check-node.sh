#!/usr/bin/env bash
# Builds plexus-node, starts it in dev mode (no relay chain) on 127.0.0.1:$NODE_RPC_PORT, waits
# for block 3, calls a `plexus_` RPC method and a runtime API through @polkadot/api
# (e2e/node-check.mjs), and stops the node. Not run by CI: the first build of the node takes
# 25-40 min on a 2-core machine (see README).
#
#   scripts/check-node.sh                 # debug build (the README's dev command)
#   PROFILE=release scripts/check-node.sh # release build
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PROFILE="${PROFILE:-debug}"
NODE_RPC_PORT="${NODE_RPC_PORT:-9944}"
plexus_setup_rust
plexus_setup_npm

cd "$PLEXUS_ROOT"
started=$(date +%s)
plexus_build_node "$PROFILE"
echo "==> plexus-node built in $(($(date +%s) - started)) s ($PROFILE)"
bin="$CARGO_TARGET_DIR/$PROFILE/plexus-node"

plexus_port_free "$NODE_RPC_PORT" NODE_RPC_PORT

base="$(mktemp -d -t plexus-node.XXXXXX)"
log="$base/node.log"
"$bin" --dev --dev-block-time 1000 --base-path "$base" --rpc-port "$NODE_RPC_PORT" \
	--listen-addr /ip4/127.0.0.1/tcp/0 --no-prometheus >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$base"' EXIT

plexus_wait_for_rpc "$NODE_RPC_PORT" "$pid" "$log" 300

cd "$PLEXUS_ROOT/e2e"
PLEXUS_WS="ws://127.0.0.1:$NODE_RPC_PORT" node node-check.mjs || {
	echo "--- plexus-node log ($log) ---" >&2
	tail -50 "$log" >&2
	exit 1
}
