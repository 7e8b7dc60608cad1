#!/usr/bin/env bash
# Runs the runtime fuzzer: `fuzz/run.sh [OPS] [SEED] [--secs N] [--episode LEN] [--shrink-secs N] [--reasons]`.
# OPS defaults to 1 000 000, SEED to a random one (printed). Prints operations per second,
# blocks and each kind's successes and failures; on a violation, the seed, the failing block
# and operation, and the shrunk sequence as Rust for fuzz/tests/regressions.rs.
#
# PLEXUS_FUZZ_TRACE=1 prints every operation, its outcome and its events.
# FUZZ_PROFILE=fuzz builds the optimised `fuzz` profile (overflow checks and debug assertions
# kept) in its own target directory, $FUZZ_TARGET_DIR (default ~/.cache/plexus-fuzz-target):
# ~45 min to build once on 2 cores, then ~10× the operations per second of the test build
# that CI uses. Long runs (10^6 operations) use it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$PLEXUS_ROOT"
# The fuzzer runs the runtime natively: its WASM is not needed.
export SKIP_WASM_BUILD=1
if [ "${FUZZ_PROFILE:-dev}" = fuzz ]; then
	export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$HOME/.cache/plexus-fuzz-target}"
	cargo build -p plexus-fuzz --profile fuzz >&2
	bin="$CARGO_TARGET_DIR/fuzz/plexus-fuzz"
else
	cargo build -p plexus-fuzz >&2
	bin="$CARGO_TARGET_DIR/debug/plexus-fuzz"
fi
exec "$bin" "${1:-1000000}" "${@:2}"
