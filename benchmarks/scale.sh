#!/usr/bin/env bash
# Scale benchmarks of the Plexus runtime, on demand (not in CI): block fill by weight and proof
# size, and XCM messages per epoch for 10, 100 and 1 000 users with and without netting.
# Runs benchmarks/scale (crate plexus-scale) natively against the real runtime and writes
# benchmarks/results/scale.{json,md,svg}; see benchmarks/README.md.
#
#   benchmarks/scale.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$PLEXUS_ROOT"
plexus_setup_rust
cargo run -p plexus-scale -- benchmarks/results
