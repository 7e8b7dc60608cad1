#!/usr/bin/env bash
# Runs Plexus' zombienet networks on this machine (native provider, everything on 127.0.0.1).
#
#   zombienet/run.sh validate          # check the TOMLs and .zndsl files (no binaries; CI runs this)
#   zombienet/run.sh build             # build the binaries and the chain specs only
#   zombienet/run.sh plexus            # (a) tests/0001: westend-local + two Plexus collators
#   zombienet/run.sh asset-hub         # (b) tests/0002: + Asset Hub Westend, HRMP both ways
#   zombienet/run.sh spawn plexus      # start (a) (or asset-hub: (b)) and leave it running
#
# Every binary is compiled from this workspace in ONE cargo invocation, so the node crates they
# share compile once: `plexus-node`, `polkadot` with its PVF workers (tools/relay-node) and
# `polkadot-omni-node` (tools/omni-node, Asset Hub's collator). They are linked into
# $ZOMBIENET_BIN (default ~/.cache/plexus-zombienet/bin); `polkadot` finds its workers next to
# its real path. PROFILE=release builds them optimised (debug is fast enough here, see
# zombienet/README.md). The chain specs are written to chain-specs/: the westend-local relay
# chain (westend-runtime's WASM with `fast-runtime`), Asset Hub Westend for a real relay chain
# (the released runtime, collator `asset-hub-collator`), and for (a) the next Plexus runtime
# (spec_version + 1, compressed) that tests/0001 upgrades to.
#
# The network's files and logs go to $ZOMBIENET_RUNS/<network>-<time> (default
# ~/.cache/plexus-zombienet/runs); the peak memory of the whole network is printed at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"

ZN="$PLEXUS_ROOT/zombienet"
ZOMBIENET_BIN="${ZOMBIENET_BIN:-$HOME/.cache/plexus-zombienet/bin}"
ZOMBIENET_RUNS="${ZOMBIENET_RUNS:-$HOME/.cache/plexus-zombienet/runs}"
PROFILE="${PROFILE:-debug}"
export PROFILE

usage() {
	echo "usage: zombienet/run.sh validate|build|plexus|asset-hub|spawn plexus|spawn asset-hub" >&2
	exit 2
}

npm_cli() {
	if [ ! -x "$ZN/node_modules/.bin/zombienet" ] ||
		[ "$ZN/package-lock.json" -nt "$ZN/node_modules/.package-lock.json" ]; then
		(cd "$ZN" && npm ci --no-audit --no-fund)
	fi
}

# The binaries of both networks, in one cargo invocation.
build_binaries() {
	plexus_setup_rust
	plexus_setup_node_packages
	local started profile_flag=()
	[ "$PROFILE" = release ] && profile_flag=(--release)
	started=$(date +%s)
	echo "==> cargo build ${profile_flag[*]} -p plexus-node -p plexus-relay-node -p plexus-omni-node" >&2
	(cd "$PLEXUS_ROOT" && cargo build "${profile_flag[@]}" -p plexus-node -p plexus-relay-node -p plexus-omni-node)
	echo "==> binaries built in $(($(date +%s) - started)) s ($PROFILE)" >&2
	mkdir -p "$ZOMBIENET_BIN"
	local bin
	for bin in plexus-node polkadot polkadot-prepare-worker polkadot-execute-worker polkadot-omni-node; do
		ln -sf "$CARGO_TARGET_DIR/$PROFILE/$bin" "$ZOMBIENET_BIN/$bin"
	done
}

# The chain specs (and the upgrade's runtime) network $1 needs, exported for its TOML and tests.
build_specs() {
	PLEXUS_RELAY_SPEC="$(plexus_westend_spec)"
	export PLEXUS_RELAY_SPEC
	if [ "$1" = asset-hub ]; then
		PLEXUS_ASSET_HUB_SPEC="$(plexus_asset_hub_spec relay asset-hub-collator)"
		export PLEXUS_ASSET_HUB_SPEC
	fi
	if [ "$1" = plexus ]; then
		PLEXUS_NEXT_RUNTIME="$(plexus_next_runtime_wasm)"
		export PLEXUS_NEXT_RUNTIME
	fi
}

# Whether the ports of the network are free.
ports_free() {
	local port
	for port in 9900 9944 9945 9910; do
		plexus_port_free "$port" "the network's rpc_port in zombienet/*.toml"
	done
}

# Samples the resident memory of the network's processes (every binary of $ZOMBIENET_BIN) every
# 2 s and keeps the peak total (KiB) in $1.
sample_memory() {
	local peak=0 total
	# Until run.sh itself ends ($$ is its PID in this subshell too).
	while kill -0 $$ 2>/dev/null && sleep 2; do
		total=$(ps -eo rss=,comm= | awk '$2 ~ /^(polkadot|plexus-node)/ {s += $1} END {print s + 0}')
		if [ "$total" -gt "$peak" ]; then
			peak=$total
			echo "$peak" >"$1"
		fi
	done
}

# Runs zombienet's `$1` (test or spawn) on network $2 (plexus or asset-hub).
run_network() {
	local mode="$1" network="$2" toml test
	case "$network" in
	plexus) toml=plexus-westend-local.toml test=0001-plexus-blocks.zndsl ;;
	asset-hub) toml=plexus-asset-hub-westend-local.toml test=0002-asset-hub-to-plexus.zndsl ;;
	*) usage ;;
	esac
	npm_cli
	build_binaries
	build_specs "$network"
	node "$ZN/validate.cjs"
	ports_free
	local dir peak_file sampler status=0
	dir="$ZOMBIENET_RUNS/$network-$(date +%Y%m%d-%H%M%S)"
	mkdir -p "$ZOMBIENET_RUNS"
	peak_file="$(mktemp)"
	sample_memory "$peak_file" &
	sampler=$!
	# The PID is expanded now: the trap runs after this function's locals are gone.
	trap "kill $sampler 2>/dev/null || true" EXIT
	PLEXUS_SPAWN_STARTED="$(date +%s%3N)"
	export PLEXUS_SPAWN_STARTED
	echo "==> zombienet $mode $network (files and logs in $dir)" >&2
	if [ "$mode" = test ]; then
		PATH="$ZOMBIENET_BIN:$PATH" "$ZN/node_modules/.bin/zombienet" --provider native --logType text \
			--dir "$dir" --force test "$ZN/tests/$test" || status=$?
	else
		PATH="$ZOMBIENET_BIN:$PATH" "$ZN/node_modules/.bin/zombienet" --provider native --logType text \
			--dir "$dir" --force spawn "$ZN/$toml" || status=$?
	fi
	kill "$sampler" 2>/dev/null || true
	trap - EXIT
	echo "==> peak memory of the network's processes: $(($(cat "$peak_file" 2>/dev/null || echo 0) / 1024)) MiB" >&2
	rm -f "$peak_file"
	return "$status"
}

case "${1:-}" in
validate) npm_cli && node "$ZN/validate.cjs" ;;
build) npm_cli && build_binaries && build_specs plexus && build_specs asset-hub ;;
plexus | asset-hub) run_network test "$1" ;;
spawn) run_network spawn "${2:-plexus}" ;;
*) usage ;;
esac
