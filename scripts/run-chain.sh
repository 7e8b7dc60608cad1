#!/usr/bin/env bash
# Runs the Plexus dev chain on a fresh machine: installs what the node build needs (the Rust
# toolchain's WASM targets and rust-src; Debian's protobuf-compiler, clang, libclang-dev), builds
# plexus-node (debug: ~40 min from nothing on 2 cores, ~25 min after scripts/test.sh) and starts
# `plexus-node --dev`: a block every 6 s, no relay chain, RPC on ws://127.0.0.1:9944.
# Arguments go to the node, e.g. `scripts/run-chain.sh --dev-block-time 1000`.
#
#   scripts/run-chain.sh                  # = cargo run -p plexus-node -- --dev
#   PROFILE=release scripts/run-chain.sh  # optimised build
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

plexus_setup_rust
plexus_setup_node_packages
cd "$PLEXUS_ROOT"
if [ "${PROFILE:-debug}" = release ]; then
	exec cargo run --release -p plexus-node -- --dev "$@"
fi
exec cargo run -p plexus-node -- --dev "$@"
