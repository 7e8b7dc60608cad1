#!/usr/bin/env bash
# Every test of Plexus, as CI runs it (`.ci/run`):
#   1. the Rust tests of the workspace (primitives, pallets, runtime: genesis presets, XCM,
#      governance; integration tests with the real Westend and Asset Hub runtimes);
#   2. the runtime's tests again with the `runtime-benchmarks` and `try-runtime` features: every
#      pallet's `try_state` runs after every block they build;
#   3. the pallets' benchmarks, run as tests in their mock runtimes;
#   3b. the runtime fuzzer (fuzz/): its regression tests, 10 000 random operations from a fixed
#      seed and 60 s from a random one over the real runtime, invariants after every block;
#   4. the end-to-end tests: a chopsticks chain driven with @polkadot/api;
#   5. the whole journey on two chains: Plexus and the real Asset Hub Westend runtime under
#      chopsticks' XCM mode, driven with @polkadot/api (scripts/journey.sh);
#   6. the zombienet networks' definitions and tests, checked with zombienet's own parser
#      (`zombienet/run.sh validate`; the networks themselves run outside CI: their binaries
#      take ~40 min to build cold, see zombienet/README.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PLEXUS_ROOT"

step() { printf '\n==> %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

step "toolchain and npm packages"
plexus_setup_rust
plexus_setup_npm

step "cargo test --workspace (without the node binaries and the fuzzer)"
# The node is built by scripts/check-node.sh and zombienet/run.sh, not here (~40 min cold on 2
# cores), and so are the relay-chain node and Asset Hub's collator of the zombienet networks
# (tools/relay-node, tools/omni-node); the node's RPC layer (crate plexus-rpc) is tested here.
# The fuzzer (step 3b) builds the runtime with try-runtime and runtime-benchmarks: kept out of
# this build so the runtime's WASM keeps its production features.
cargo test --workspace --exclude plexus-node --exclude plexus-relay-node --exclude plexus-omni-node \
	--exclude plexus-fuzz

step "runtime tests with runtime-benchmarks and try-runtime (every pallet's try_state after every block)"
# Builds the runtime with both features (what `cargo check` used to prove) and runs its tests,
# whose block helpers call `try_state` of every pallet of the runtime after each block.
SKIP_WASM_BUILD=1 cargo test -p plexus-runtime --features runtime-benchmarks,try-runtime --test runtime

step "pallet benchmarks as tests (cargo test --features runtime-benchmarks)"
SKIP_WASM_BUILD=1 cargo test -p pallet-vaults -p pallet-gauges -p pallet-strategies -p pallet-intents \
	--features pallet-vaults/runtime-benchmarks,pallet-vaults/try-runtime,pallet-gauges/runtime-benchmarks,pallet-gauges/try-runtime,pallet-strategies/runtime-benchmarks,pallet-strategies/try-runtime,pallet-intents/runtime-benchmarks,pallet-intents/try-runtime

step "runtime fuzzer: regression tests, 10 000 operations from seed 1, 60 s from a random seed"
SKIP_WASM_BUILD=1 cargo test -p plexus-fuzz
fuzz/run.sh 10000 1 --shrink-secs 120
fuzz/run.sh 100000000 "$(date +%s)" --secs 60 --shrink-secs 120 --no-coverage-floor

step "end-to-end test against chopsticks"
scripts/e2e.sh

step "the whole journey: Plexus and Asset Hub Westend (scripts/journey.sh)"
scripts/journey.sh

step "zombienet networks: definitions and tests (zombienet/run.sh validate)"
zombienet/run.sh validate

step "all tests passed"
