#!/usr/bin/env bash
# Runs a local Plexus chain without compiling a node: builds the runtime (native + WASM), writes
# a raw chain spec of a genesis preset, and serves it with chopsticks on ws://127.0.0.1:$PORT.
#
#   scripts/devnet.sh                       # preset `development`, port 8000, blocks on demand
#   PRESET=local_testnet PORT=8001 scripts/devnet.sh
#
# With `--with-asset-hub`, a two-chain network: Plexus (preset `local_testnet` unless PRESET says
# otherwise: its hub assets are then all backed on Asset Hub) on $PORT and the real Asset Hub
# Westend runtime (para 1000, built from the crate registry; USDT 1984 for the dev accounts) on
# $ASSET_HUB_PORT (default 8001), connected over HRMP by chopsticks' XCM mode: messages either
# way are delivered and executed in a new block of the receiving chain.
#
#   scripts/devnet.sh --with-asset-hub      # Plexus on 8000, Asset Hub on 8001
#
# The first `--with-asset-hub` run builds Asset Hub's WASM (~5 min on 2 cores).
# Connect polkadot.js apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A8000
# Blocks are built as soon as a transaction or a message arrives (chopsticks' `Instant` mode).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

WITH_ASSET_HUB=0
for arg in "$@"; do
	case "$arg" in
	--with-asset-hub) WITH_ASSET_HUB=1 ;;
	-h | --help)
		sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "unknown argument: $arg (try --help)" >&2
		exit 2
		;;
	esac
done

PORT="${PORT:-8000}"
ASSET_HUB_PORT="${ASSET_HUB_PORT:-8001}"
if [ "$WITH_ASSET_HUB" = 1 ]; then
	PRESET="${PRESET:-local_testnet}"
else
	PRESET="${PRESET:-development}"
fi

plexus_setup_rust
plexus_setup_npm
spec="$(plexus_raw_spec "$PRESET")"
chopsticks="$PLEXUS_ROOT/e2e/node_modules/@acala-network/chopsticks/chopsticks.cjs"

if [ "$WITH_ASSET_HUB" = 0 ]; then
	echo "Starting Plexus ($PRESET) on ws://127.0.0.1:$PORT" >&2
	exec node "$chopsticks" --genesis "$spec" --host 127.0.0.1 --port "$PORT" \
		--build-block-mode Instant --runtime-log-level 3
fi

ah_spec="$(plexus_asset_hub_spec)"
configs="$PLEXUS_ROOT/chain-specs"
plexus_chopsticks_config "$spec" "$PORT" "$configs/plexus.chopsticks.json"
plexus_chopsticks_config "$ah_spec" "$ASSET_HUB_PORT" "$configs/asset-hub.chopsticks.json"
echo "Starting Plexus ($PRESET) on ws://127.0.0.1:$PORT and Asset Hub Westend on ws://127.0.0.1:$ASSET_HUB_PORT (HRMP both ways)" >&2
exec node "$chopsticks" xcm -p "$configs/plexus.chopsticks.json" -p "$configs/asset-hub.chopsticks.json"
