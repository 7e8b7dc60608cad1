#!/usr/bin/env bash
# Produces Plexus' weights from its benchmarks (frame-benchmarking v2), on this machine:
#
#   1. installs `frame-omni-bencher` from the crate registry into ~/.cache/plexus-tools;
#   2. builds the runtime WASM with the `runtime-benchmarks` feature;
#   3. benchmarks each pallet given (default: the Plexus pallets, the two reference transfers'
#      pallets and `overhead`) and writes
#        runtime/src/weights/<pallet>.rs   the weights the runtime uses, and
#        pallets/<name>/src/weights.rs     the pallet's own `WeightInfo`, the same figures
#                                          (written by benchmarks/pallet_weights.py);
#      `overhead` measures the block and extrinsic base weights (an empty block, and a block
#      full of `system.remark`s, on the `development` genesis) into
#        runtime/src/weights/block_weights.rs      `BlockExecutionWeight`
#        runtime/src/weights/extrinsic_weights.rs  `ExtrinsicBaseWeight`.
#
#   benchmarks/run.sh                      # Plexus pallets, the two references, overhead (50 × 20)
#   benchmarks/run.sh sdk                  # every polkadot-sdk pallet of the runtime
#   benchmarks/run.sh xcm                  # every XCM instruction (pallet_xcm_benchmarks)
#   STEPS=10 REPEAT=5 benchmarks/run.sh pallet_vaults
#   benchmarks/run.sh overhead
#   benchmarks/run.sh storage              # database read/write weights (not in the default set)
#   HOLDERS=10000 benchmarks/run.sh storage
#
# `storage` measures the database weights (`RocksDbWeight` of the runtime) into
# runtime/src/weights/rocksdb_weights.rs; see storage() below.
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
# The polkadot-sdk pallets of the runtime (`sdk` names them all). `pallet_balances` and
# `pallet_assets` are in the default set instead: the README's ratios divide by their transfers,
# so they run in the same sitting as the Plexus pallets.
SDK_PALLETS=(frame_system frame_system_extensions cumulus_pallet_parachain_system
	cumulus_pallet_weight_reclaim pallet_timestamp pallet_transaction_payment pallet_session
	pallet_collator_selection cumulus_pallet_xcmp_queue pallet_message_queue pallet_xcm
	pallet_utility pallet_proxy pallet_multisig pallet_preimage pallet_scheduler
	pallet_referenda pallet_conviction_voting pallet_whitelist pallet_treasury pallet_sudo)
# The XCM executor's instructions (`xcm` names them): what the runtime's XCM weigher charges
# per instruction, written to runtime/src/weights/xcm/ (plain functions, not a `WeightInfo`
# trait: the template makes that difference).
XCM_PALLETS=("pallet_xcm_benchmarks::fungible" "pallet_xcm_benchmarks::generic")
# The raw measurements (frame-omni-bencher's JSON, tens of MB per pallet) stay outside the
# repository: the weight files are what the runtime uses, and the script makes both again.
RAW="${PLEXUS_BENCH_RAW:-$HOME/.cache/plexus-bench}"
PALLETS=()
for arg in "$@"; do
	case "$arg" in
	sdk) PALLETS+=("${SDK_PALLETS[@]}") ;;
	xcm) PALLETS+=("${XCM_PALLETS[@]}") ;;
	*) PALLETS+=("$arg") ;;
	esac
done
if [ ${#PALLETS[@]} -eq 0 ]; then
	PALLETS=(pallet_vaults pallet_strategies pallet_gauges pallet_intents pallet_balances pallet_assets overhead)
fi

plexus_setup_rust
# The pallet and overhead benchmarks run in frame-omni-bencher on the runtime's WASM built with
# `runtime-benchmarks`; `storage` alone needs neither.
needs_wasm=false
for pallet in "${PALLETS[@]}"; do [ "$pallet" = storage ] || needs_wasm=true; done
if $needs_wasm && [ ! -x "$TOOLS/bin/frame-omni-bencher" ]; then
	echo "==> installing frame-omni-bencher $OMNI_BENCHER_VERSION into $TOOLS" >&2
	# RocksDB's bindings need libclang.
	plexus_setup_node_packages
	CARGO_TARGET_DIR="$HOME/.cache/plexus-tools-target" \
		cargo install --locked --root "$TOOLS" "frame-omni-bencher@$OMNI_BENCHER_VERSION"
fi

# PLEXUS_BENCH_WASM names a runtime WASM built with `runtime-benchmarks` already (e.g.
# $CARGO_TARGET_DIR/release/wbuild/plexus-runtime/plexus_runtime.wasm after
# `cargo build --release -p plexus-node --features runtime-benchmarks`); otherwise it is built.
wasm="${PLEXUS_BENCH_WASM:-$CARGO_TARGET_DIR/debug/wbuild/plexus-runtime/plexus_runtime.wasm}"
if $needs_wasm && [ -z "${PLEXUS_BENCH_WASM:-}" ]; then
	echo "==> building the runtime with runtime-benchmarks" >&2
	cargo build -p plexus-runtime --features runtime-benchmarks
fi
if $needs_wasm && [ ! -f "$wasm" ]; then
	echo "no runtime WASM at $wasm" >&2
	exit 1
fi

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

# Database weights from the node's `benchmark storage` (frame-omni-bencher cannot run it), on
# a state of a running chain's size: the `development` genesis plus $HOLDERS accounts holding
# PLX and USDT (`plexus-raw-spec --holders`), so the average read and write is over ~2×HOLDERS
# keys of a deep trie instead of the ~90 keys of a bare genesis. The node is built in release
# (a debug build would measure unoptimised RocksDB and trie code) with `runtime-benchmarks`.
# Writes are timed in batches of $WRITE_BATCH keys (default 1 000) committed with their storage
# root, as a block commits its writes: a full Plexus block writes a few thousand keys (see the
# scale benchmarks), so 1 000 errs on the expensive side; a batch of one key would charge every
# write a whole commit, polkadot-sdk's default of 100 000 would spread the root over far more
# keys than a block has.
storage() {
	local holders="${HOLDERS:-100000}" base spec node="${PLEXUS_NODE:-}"
	# PLEXUS_NODE names a release plexus-node built with runtime-benchmarks already (the
	# database does not depend on the runtime's code); otherwise it is built.
	if [ -z "$node" ]; then
		echo "==> building plexus-node (release, runtime-benchmarks)" >&2
		plexus_build_node release --features runtime-benchmarks
		node="$CARGO_TARGET_DIR/release/plexus-node"
	fi
	cargo build -p plexus-raw-spec
	base="$(mktemp -d)"
	spec="$base/plexus-holders.raw.json"
	"$CARGO_TARGET_DIR/debug/plexus-raw-spec" --preset development --holders "$holders" --out "$spec"
	echo "==> benchmarking storage reads and writes: development genesis + $holders holders" >&2
	"$node" benchmark storage --chain "$spec" \
		--base-path "$base/db" --state-version 1 --warmups 1 --batch-size "${WRITE_BATCH:-1000}" \
		--header "$header" \
		--weight-path runtime/src/weights
	rm -rf "$base"
	# The generated file names `frame_support`/`sp_core`/`sp_weights` directly; the runtime
	# reaches them through the `polkadot-sdk` umbrella crate.
	sed -i -E 's/^(\s*)use (frame_support|sp_core|sp_weights)::/\1use polkadot_sdk::\2::/' \
		runtime/src/weights/rocksdb_weights.rs
}

failed=()
for pallet in "${PALLETS[@]}"; do
	if [ "$pallet" = overhead ]; then
		overhead || failed+=("$pallet")
		continue
	fi
	if [ "$pallet" = storage ]; then
		storage || failed+=("$pallet")
		continue
	fi
	name="${pallet#pallet_}"
	# `pallet_xcm_benchmarks::fungible` -> `pallet_xcm_benchmarks_fungible`.
	file="${pallet//::/_}"
	output="runtime/src/weights/$file.rs"
	if [[ "$pallet" == pallet_xcm_benchmarks::* ]]; then
		# XCM instructions: plain functions that `weights/xcm/mod.rs` turns into the XCM weigher.
		output="runtime/src/weights/xcm/$file.rs"
	fi
	echo "==> benchmarking $pallet (steps $STEPS, repeat $REPEAT)" >&2
	common=(v1 benchmark pallet --runtime "$wasm" --pallet "$pallet" --extrinsic '*'
		--steps "$STEPS" --repeat "$REPEAT" --header "$header"
		--genesis-builder runtime --genesis-builder-preset development)
	results="$RAW/$file.json"
	mkdir -p "$RAW" "$(dirname "$output")"
	# One failing pallet leaves its files as they were and does not stop the others.
	if ! "$TOOLS/bin/frame-omni-bencher" "${common[@]}" --json-file "$results" \
		--template benchmarks/templates/runtime-weights.hbs --output "$output"; then
		echo "==> $pallet FAILED" >&2
		failed+=("$pallet")
		continue
	fi
	if [ -d "pallets/$name" ]; then
		# The pallet's own file, from the same figures (proof sizes included, which a
		# `--json-input` re-analysis would lose).
		python3 benchmarks/pallet_weights.py "$output" "pallets/$name/src/weights.rs"
	fi
done
if [ ${#failed[@]} -gt 0 ]; then
	echo "==> benchmarks failed for: ${failed[*]} (their weight files are unchanged)" >&2
	exit 1
fi
echo "==> weights written; run benchmarks/report.py to refresh benchmarks/README.md" >&2
