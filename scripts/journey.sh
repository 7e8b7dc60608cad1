#!/usr/bin/env bash
# The whole journey of liquidity through Plexus, end to end, in one command (issue #9):
#
#   1. builds what is needed: Plexus' runtime and raw spec (preset `local_testnet`), Asset Hub
#      Westend's WASM and raw spec (first time ~5 min more);
#   2. starts the two-chain network of `scripts/devnet.sh --with-asset-hub` on 127.0.0.1
#      ($JOURNEY_PORT for Plexus, default 8020, and the next port for Asset Hub);
#   3. runs e2e/journey/journey.test.mjs with @polkadot/api against both chains: USDT from
#      Asset Hub into a vault in one XCM program, intents netted in a batch, votes and the
#      rebalance to a strategy on Asset Hub, a co-incentive, a reported gain, a referendum, and
#      the way back to Asset Hub; it prints each step's summary with balances on both chains;
#   4. stops the network.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

JOURNEY_PORT="${JOURNEY_PORT:-8020}"
AH_PORT=$((JOURNEY_PORT + 1))
plexus_setup_rust
plexus_setup_npm
# Build first, so that the network starts at once (and the build's output is not in its log).
plexus_raw_spec local_testnet >/dev/null
plexus_asset_hub_spec >/dev/null
plexus_port_free "$JOURNEY_PORT" JOURNEY_PORT
plexus_port_free "$AH_PORT" JOURNEY_PORT

log="$(mktemp -t plexus-journey.XXXXXX.log)"
PORT="$JOURNEY_PORT" ASSET_HUB_PORT="$AH_PORT" "$PLEXUS_ROOT/scripts/devnet.sh" --with-asset-hub >"$log" 2>&1 &
pid=$!
stop() {
	# devnet.sh execs chopsticks: $pid is chopsticks itself.
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}
trap stop EXIT
plexus_wait_for_rpc "$JOURNEY_PORT" "$pid" "$log" 300
plexus_wait_for_rpc "$AH_PORT" "$pid" "$log" 300

cd "$PLEXUS_ROOT/e2e"
PLEXUS_WS="ws://127.0.0.1:$JOURNEY_PORT" ASSET_HUB_WS="ws://127.0.0.1:$AH_PORT" \
	node --test-reporter=spec journey/journey.test.mjs || {
	echo "--- chopsticks log ($log) ---" >&2
	tail -80 "$log" >&2
	exit 1
}
