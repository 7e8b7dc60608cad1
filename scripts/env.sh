# Shared environment of Plexus' scripts (sourced, not executed).
# One build cache outside the clone, shared by CI and every session.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/plexus-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
PLEXUS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PLEXUS_ROOT

# The toolchain of rust-toolchain.toml with the WASM targets and rust-src the runtime needs.
plexus_setup_rust() {
	(cd "$PLEXUS_ROOT" && rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install)
	(cd "$PLEXUS_ROOT" && rustup target add wasm32v1-none wasm32-unknown-unknown >/dev/null &&
		rustup component add rust-src >/dev/null)
}

# npm packages of e2e/ (chopsticks, @polkadot/api), from the lock file.
plexus_setup_npm() {
	if [ ! -d "$PLEXUS_ROOT/e2e/node_modules/@acala-network/chopsticks" ] ||
		[ "$PLEXUS_ROOT/e2e/package-lock.json" -nt "$PLEXUS_ROOT/e2e/node_modules/.package-lock.json" ]; then
		(cd "$PLEXUS_ROOT/e2e" && npm ci --no-audit --no-fund)
	fi
}

# Builds the runtime (native + WASM) and the raw-spec tool, and writes the raw chain spec of
# preset $1 to chain-specs/plexus-$1.raw.json. Prints the path.
plexus_raw_spec() {
	local preset="${1:-development}"
	(cd "$PLEXUS_ROOT" && cargo build -p plexus-raw-spec >&2)
	mkdir -p "$PLEXUS_ROOT/chain-specs"
	local out="$PLEXUS_ROOT/chain-specs/plexus-$preset.raw.json"
	"$CARGO_TARGET_DIR/debug/plexus-raw-spec" --preset "$preset" --out "$out" >&2
	echo "$out"
}

# System packages a node build needs (protoc for the networking crates, libclang for RocksDB's
# bindings), from Debian's registry.
plexus_setup_node_packages() {
	if ! command -v protoc >/dev/null || ! ls /usr/lib/llvm-*/lib/libclang.so >/dev/null 2>&1; then
		apt-get install -y protobuf-compiler clang libclang-dev
	fi
}
