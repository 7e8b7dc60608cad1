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

# Whether a JSON-RPC server answers `system_chain` on 127.0.0.1:$1 (HTTP on the WS port).
plexus_rpc_answers() {
	curl -sf -H 'Content-Type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"system_chain","params":[]}' \
		"http://127.0.0.1:$1" >/dev/null 2>&1
}

# Fails if something already serves 127.0.0.1:$1 ($2 names the variable that moves it).
plexus_port_free() {
	if plexus_rpc_answers "$1"; then
		echo "something already serves 127.0.0.1:$1; stop it or set $2" >&2
		return 1
	fi
}

# Waits up to $4 seconds (default 120) for the RPC on port $1 of process $2 (log file $3);
# fails with the log's tail if the process exits first.
plexus_wait_for_rpc() {
	local port="$1" pid="$2" log="$3" seconds="${4:-120}"
	for _ in $(seq 1 "$seconds"); do
		if plexus_rpc_answers "$port"; then
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "the server exited:" >&2
			tail -50 "$log" >&2
			return 1
		fi
		sleep 1
	done
	echo "no RPC on 127.0.0.1:$port after $seconds s" >&2
	return 1
}

# Builds plexus-node in profile $1 (debug or release) with the cargo arguments that follow,
# after the system packages it needs; the binary is $CARGO_TARGET_DIR/$1/plexus-node.
plexus_build_node() {
	local profile="$1"
	shift
	plexus_setup_node_packages
	if [ "$profile" = release ]; then
		(cd "$PLEXUS_ROOT" && cargo build --release -p plexus-node "$@")
	else
		(cd "$PLEXUS_ROOT" && cargo build -p plexus-node "$@")
	fi
}
