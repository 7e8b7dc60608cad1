#!/usr/bin/env bash
# Runs the runtime fuzzer: `fuzz/run.sh [OPS] [SEED] [--secs N] [--episode LEN] [--shrink-secs N]`.
# OPS defaults to 1 000 000, SEED to a random one (printed). Prints operations per second,
# blocks and each kind's successes and failures; on a violation, the seed, the failing block
# and operation, and the shrunk sequence as Rust for fuzz/tests/regressions.rs.
# PLEXUS_FUZZ_TRACE=1 prints every operation, its outcome and its events.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$PLEXUS_ROOT"
# The fuzzer runs the runtime natively: its WASM is not needed.
SKIP_WASM_BUILD=1 cargo build -p plexus-fuzz >&2
exec "$CARGO_TARGET_DIR/debug/plexus-fuzz" "${1:-1000000}" "${@:2}"
