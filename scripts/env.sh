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

# Builds the WASM blob of Asset Hub Westend for the two-chain network and prints its path.
#
# The runtime is `asset-hub-westend-runtime` from the crate registry at the version Cargo.lock
# pins, with one constant changed: `RELAY_PARENT_OFFSET` 1 → 0. With an offset, every block's
# inherent must carry BABE-sealed relay-chain headers descending from its relay parent, which
# only a real relay chain has; chopsticks (no relay chain) builds blocks with offset 0, as Asset
# Hub did before the offset existed. Nothing else differs. The crate is copied from the
# registry into $PLEXUS_TOOLS_CACHE (outside the clone; nothing of it is committed) and built
# the way substrate-wasm-builder builds a runtime: a `cdylib` wrapper for `wasm32v1-none`
# without `std`, with `substrate_runtime` and the runtime's linker flags, locked to Plexus'
# Cargo.lock. ~5 min the first time on 2 cores.
plexus_asset_hub_wasm() {
	local version src work
	version="$(grep -A1 '^name = "asset-hub-westend-runtime"$' "$PLEXUS_ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p')"
	src="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"asset-hub-westend-runtime-$version" 2>/dev/null | head -1)"
	if [ -z "$src" ]; then
		# Fetch the crate sources the lock file names.
		(cd "$PLEXUS_ROOT" && cargo fetch --locked >&2)
		src="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"asset-hub-westend-runtime-$version" | head -1)"
	fi
	work="${PLEXUS_TOOLS_CACHE:-$HOME/.cache/plexus-tools}/asset-hub-wasm"
	mkdir -p "$work/wrapper/src"
	# Copied once per version (a fresh copy would make cargo rebuild the runtime every time).
	if [ ! -f "$work/asset-hub-westend-runtime/.plexus-$version" ]; then
		rm -rf "$work/asset-hub-westend-runtime"
		cp -r "$src" "$work/asset-hub-westend-runtime"
		sed -i 's/^const RELAY_PARENT_OFFSET: u32 = 1;$/const RELAY_PARENT_OFFSET: u32 = 0;/' \
			"$work/asset-hub-westend-runtime/src/lib.rs"
		grep -q '^const RELAY_PARENT_OFFSET: u32 = 0;$' "$work/asset-hub-westend-runtime/src/lib.rs" || {
			echo "asset-hub-westend-runtime $version has no RELAY_PARENT_OFFSET = 1 to change" >&2
			return 1
		}
		touch "$work/asset-hub-westend-runtime/.plexus-$version"
	fi
	cat >"$work/wrapper/Cargo.toml" <<TOML
[package]
name = "asset-hub-westend-wasm"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
asset-hub-westend-runtime = { path = "../asset-hub-westend-runtime", default-features = false }

[profile.dev]
debug = 0

[workspace]
TOML
	printf '#![no_std]\npub use asset_hub_westend_runtime::*;\n' >"$work/wrapper/src/lib.rs"
	# The same versions as Plexus' own build (cargo drops what the wrapper does not use).
	cp "$PLEXUS_ROOT/Cargo.lock" "$work/wrapper/Cargo.lock"
	(cd "$work/wrapper" &&
		RUSTFLAGS="-C link-arg=--export-table -C link-arg=--export=__heap_base -C link-arg=--import-memory --cfg substrate_runtime" \
			cargo +"$(cd "$PLEXUS_ROOT" && rustup show active-toolchain | cut -d' ' -f1)" build \
			--target wasm32v1-none --config 'profile.dev.opt-level=3' --config 'profile.dev.panic="abort"' >&2)
	local wasm="$CARGO_TARGET_DIR/wasm32v1-none/debug/asset_hub_westend_wasm.wasm"
	[ -f "$wasm" ] || { echo "no Asset Hub WASM at $wasm" >&2; return 1; }
	echo "$wasm"
}

# Writes the raw chain spec of Asset Hub Westend (preset `local_testnet` without its generated
# stakers, with USDT 1984 for the dev accounts; see tools/asset-hub-spec) to
# chain-specs/asset-hub-westend-local.raw.json. Prints the path.
plexus_asset_hub_spec() {
	local wasm
	wasm="$(plexus_asset_hub_wasm)"
	(cd "$PLEXUS_ROOT" && cargo build -p plexus-asset-hub-spec >&2)
	mkdir -p "$PLEXUS_ROOT/chain-specs"
	local out="$PLEXUS_ROOT/chain-specs/asset-hub-westend-local.raw.json"
	# Written each time: its genesis time is now (see tools/asset-hub-spec).
	"$CARGO_TARGET_DIR/debug/asset-hub-raw-spec" --wasm "$wasm" --out "$out" >&2
	echo "$out"
}

# Writes a chopsticks config (JSON) serving the raw spec $1 on 127.0.0.1:$2 to $3.
plexus_chopsticks_config() {
	cat >"$3" <<JSON
{
  "genesis": "$1",
  "host": "127.0.0.1",
  "port": $2,
  "build-block-mode": "Instant",
  "runtime-log-level": 1
}
JSON
}
