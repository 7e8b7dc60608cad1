#!/usr/bin/env bash
# Produces Plexus' weights from its benchmarks (frame-benchmarking v2), on this machine:
#
#   1. installs `frame-omni-bencher` from the crate registry into ~/.cache/plexus-tools;
#   2. builds the runtime WASM with the `runtime-benchmarks` feature;
#   3. benchmarks each pallet given (default: the Plexus pallets and `overhead`) and writes
#        runtime/src/weights/<pallet>.rs   the weights the runtime uses, and
#        pallets/<name>/src/weights.rs     the pallet's own `WeightInfo` (template in
#                                          benchmarks/templates/pallet-weights.hbs);
#      `overhead` measures the block and extrinsic base weights (an empty block, and a block
#      full of `system.remark`s, on the `development` genesis) into
#        runtime/src/weights/block_weights.rs      `BlockExecutionWeight`
#        runtime/src/weights/extrinsic_weights.rs  `ExtrinsicBaseWeight`.
#
#   benchmarks/run.sh                      # Plexus pallets, the two references, overhead (50 × 20)
#   benchmarks/run.sh sdk                  # every polkadot-sdk pallet of the runtime
#   STEPS=10 REPEAT=5 benchmarks/run.sh pallet_vaults
#   benchmarks/run.sh overhead
#   benchmarks/run.sh storage              # database read/write weights (not in the default set)
#
# `storage` builds `plexus-node --features runtime-benchmarks` and runs `benchmark storage` on
# the `development` genesis into benchmarks/results/rocksdb_weights.rs (median per key). It is
# not wired into the runtime yet: a genesis state has ~90 keys and one 15 MB `:code`, far from a
# running chain's trie; see benchmarks/README.md.
#
# Run it on an otherwise idle machine: a parallel build skews every figure.
#
# The files say which machine, date, steps and repeats produced them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$PLEXUS_ROOT"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
TOOLS="${PLEXUS_TOOLS:-$HOME/.cache/plexus-tools}"
OMNI_BENCHER_VERSION="0.28.0" # polkadot-sdk stable2609
# The polkadot-sdk pallets of the runtime (`sdk` names them all).
SDK_PALLETS=(frame_system frame_system_extensions cumulus_pallet_parachain_system
	cumulus_pallet_weight_reclaim pallet_timestamp pallet_balances pallet_assets pallet_session
	pallet_collator_selection cumulus_pallet_xcmp_queue pallet_message_queue pallet_utility
	pallet_proxy pallet_multisig pallet_preimage pallet_scheduler pallet_referenda
	pallet_conviction_voting pallet_whitelist pallet_treasury pallet_sudo)
PALLETS=()
for arg in "$@"; do
	if [ "$arg" = sdk ]; then PALLETS+=("${SDK_PALLETS[@]}"); else PALLETS+=("$arg"); fi
done
if [ ${#PALLETS[@]} -eq 0 ]; then
	PALLETS=(pallet_vaults pallet_strategies pallet_gauges pallet_intents pallet_balances pallet_assets overhead)
fi

plexus_setup_rust
if [ ! -x "$TOOLS/bin/frame-omni-bencher" ]; then
	echo "==> installing frame-omni-bencher $OMNI_BENCHER_VERSION into $TOOLS" >&2
	# RocksDB's bindings need libclang.
	if ! ls /usr/lib/llvm-*/lib/libclang*.so >/dev/null 2>&1; then
		apt-get install -y clang libclang-dev protobuf-compiler
	fi
	CARGO_TARGET_DIR="$HOME/.cache/plexus-tools-target" \
		cargo install --locked --root "$TOOLS" "frame-omni-bencher@$OMNI_BENCHER_VERSION"
fi

echo "==> building the runtime with runtime-benchmarks" >&2
cargo build -p plexus-runtime --features runtime-benchmarks
wasm="$CARGO_TARGET_DIR/debug/wbuild/plexus-runtime/plexus_runtime.wasm"
[ -f "$wasm" ] || { echo "no runtime WASM at $wasm" >&2; exit 1; }

header="$(mktemp)"
printf '// This file is part of Plexus.\n// SPDX-License-Identifier: Apache-2.0\n' >"$header"
trap 'rm -f "$header"' EXIT

# Block and extrinsic base weights. The generated files name `sp_core`/`sp_weights` directly;
# the runtime reaches them through the `polkadot-sdk` umbrella crate.
overhead() {
	echo "==> benchmarking the block and extrinsic overhead (warmup 5, repeat $REPEAT)" >&2
	"$TOOLS/bin/frame-omni-bencher" v1 benchmark overhead --runtime "$wasm" \
		--genesis-builder runtime --genesis-builder-preset development --para-id 2000 \
		--warmup 5 --repeat "$REPEAT" --header "$header" --weight-path runtime/src/weights
	for f in runtime/src/weights/block_weights.rs runtime/src/weights/extrinsic_weights.rs; do
		sed -i -E 's/^(\s*)use (sp_core|sp_weights)::/\1use polkadot_sdk::\2::/' "$f"
	done
}

# Database weights from the node's `benchmark storage` (frame-omni-bencher cannot run it).
storage() {
	echo "==> building plexus-node with runtime-benchmarks" >&2
	plexus_build_node debug --features runtime-benchmarks
	local base
	base="$(mktemp -d)"
	echo "==> benchmarking storage reads and writes on the development genesis" >&2
	"$CARGO_TARGET_DIR/debug/plexus-node" benchmark storage --chain dev --base-path "$base" \
		--state-version 1 --warmups 2 --batch-size 1 --metric median --header "$header" \
		--weight-path benchmarks/results
	rm -rf "$base"
}

for pallet in "${PALLETS[@]}"; do
	if [ "$pallet" = overhead ]; then
		overhead
		continue
	fi
	if [ "$pallet" = storage ]; then
		storage
		continue
	fi
	name="${pallet#pallet_}"
	echo "==> benchmarking $pallet (steps $STEPS, repeat $REPEAT)" >&2
	common=(v1 benchmark pallet --runtime "$wasm" --pallet "$pallet" --extrinsic '*'
		--steps "$STEPS" --repeat "$REPEAT" --header "$header"
		--genesis-builder runtime --genesis-builder-preset development)
	results="$PLEXUS_ROOT/benchmarks/results/$pallet.json"
	mkdir -p "$(dirname "$results")"
	"$TOOLS/bin/frame-omni-bencher" "${common[@]}" --json-file "$results" \
		--template benchmarks/templates/runtime-weights.hbs --output "runtime/src/weights/$pallet.rs"
	if [ -d "pallets/$name" ]; then
		# Same results, the pallet's own file: no second run.
		"$TOOLS/bin/frame-omni-bencher" "${common[@]}" --json-input "$results" \
			--template benchmarks/templates/pallet-weights.hbs --output "pallets/$name/src/weights.rs"
	fi
done
echo "==> weights written; run benchmarks/report.py to refresh benchmarks/README.md" >&2
