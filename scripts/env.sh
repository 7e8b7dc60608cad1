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
# bindings; zstd compresses the zombienet runtime-upgrade blob), from Debian's registry (the
# package lists are fetched first on a fresh machine, which has none). `sudo` when not root.
plexus_setup_node_packages() {
	if ! command -v protoc >/dev/null || ! command -v zstd >/dev/null ||
		! ls /usr/lib/llvm-*/lib/libclang.so >/dev/null 2>&1; then
		local as_root=()
		[ "$(id -u)" = 0 ] || as_root=(sudo)
		"${as_root[@]}" apt-get update
		"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y protobuf-compiler clang libclang-dev zstd
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
	mkdir -p "$work"
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
	plexus_runtime_wasm asset-hub-westend-wasm \
		'asset-hub-westend-runtime = { path = "'"$work"'/asset-hub-westend-runtime", default-features = false }'
}

# The version of crate $1 that Cargo.lock pins.
plexus_locked_version() {
	grep -A1 "^name = \"$1\"$" "$PLEXUS_ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p' | head -1
}

# Builds the WASM blob of a runtime crate and prints its path: $1 names the blob, $2 is the
# dependency line of the runtime (a registry version or a path, with features). Built the way
# substrate-wasm-builder builds a runtime: a `cdylib` wrapper for `wasm32v1-none` without
# `std`, with `substrate_runtime` and the runtime's linker flags, optimised, locked to Plexus'
# Cargo.lock, in $PLEXUS_TOOLS_CACHE (nothing of it is committed). The blob is neither
# compacted nor compressed: fine for chopsticks and for a genesis (relay chain or parachain).
plexus_runtime_wasm() {
	local name="$1" dependency="$2" crate work
	crate="$(echo "$name" | tr - _)"
	work="${PLEXUS_TOOLS_CACHE:-$HOME/.cache/plexus-tools}/$name"
	mkdir -p "$work/src"
	cat >"$work/Cargo.toml" <<TOML
[package]
name = "$name"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
$dependency

[profile.dev]
debug = 0

[workspace]
TOML
	printf '#![no_std]\npub use %s::*;\n' "$(echo "$dependency" | sed 's/ = .*//' | tr - _)" >"$work/src/lib.rs"
	# The same versions as Plexus' own build (cargo drops what the wrapper does not use).
	cp "$PLEXUS_ROOT/Cargo.lock" "$work/Cargo.lock"
	(cd "$work" &&
		RUSTFLAGS="-C link-arg=--export-table -C link-arg=--export=__heap_base -C link-arg=--import-memory --cfg substrate_runtime" \
			cargo +"$(cd "$PLEXUS_ROOT" && rustup show active-toolchain | cut -d' ' -f1)" build \
			--target wasm32v1-none --config 'profile.dev.opt-level=3' --config 'profile.dev.panic="abort"' >&2) ||
		{ echo "the WASM of $name did not build" >&2; return 1; }
	local wasm="$CARGO_TARGET_DIR/wasm32v1-none/debug/$crate.wasm"
	[ -f "$wasm" ] || { echo "no WASM at $wasm" >&2; return 1; }
	echo "$wasm"
}

# The WASM of Asset Hub Westend as released (`RELAY_PARENT_OFFSET` 1, three blocks per relay
# slot), for the zombienet network under a real relay chain. Prints its path.
plexus_asset_hub_wasm_released() {
	plexus_runtime_wasm asset-hub-westend-released-wasm \
		"asset-hub-westend-runtime = { version = \"=$(plexus_locked_version asset-hub-westend-runtime)\", default-features = false }"
}

# The WASM of the Westend relay runtime with `fast-runtime` (1-minute epochs and sessions, short
# governance periods), for the zombienet networks' `westend-local` relay chain. Prints its path.
plexus_westend_wasm() {
	plexus_runtime_wasm westend-fast-runtime-wasm \
		"westend-runtime = { version = \"=$(plexus_locked_version westend-runtime)\", default-features = false, features = [\"fast-runtime\"] }"
}

# Builds the *next release* of Plexus' runtime for the runtime-upgrade test of the zombienet
# network: this clone's tracked sources (copied with their times, so cargo rebuilds only what
# changed) with `spec_version` one higher, as a WASM blob compressed the way
# substrate-wasm-builder compresses release blobs (zstd behind sp-maybe-compressed-blob's
# prefix), small enough for the relay chain's `max_code_size`. Prints the path.
plexus_next_runtime_wasm() {
	local work="${PLEXUS_TOOLS_CACHE:-$HOME/.cache/plexus-tools}/plexus-next" lib version next
	# A fresh copy (tar keeps the files' times, so cargo rebuilds only what changed): files
	# removed from the repository must not linger in it.
	rm -rf "$work/src"
	mkdir -p "$work/src"
	(cd "$PLEXUS_ROOT" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) |
		tar -xf - -C "$work/src"
	lib="$work/src/runtime/src/lib.rs"
	version="$(sed -n 's/^\tspec_version: \([0-9_]*\),$/\1/p' "$lib" | tr -d _)"
	[ -n "$version" ] || { echo "no spec_version in $lib" >&2; return 1; }
	next=$((version + 1))
	sed -i "s/^\tspec_version: [0-9_]*,$/\tspec_version: $next,/" "$lib"
	touch -r "$PLEXUS_ROOT/runtime/src/lib.rs" "$lib"
	local wasm
	wasm="$(plexus_runtime_wasm plexus-next-runtime-wasm \
		"plexus-runtime = { path = \"$work/src/runtime\", default-features = false }")" || return 1
	local out="$work/plexus-runtime-$next.compact.compressed.wasm"
	plexus_compress_wasm "$wasm" "$out"
	echo "==> Plexus runtime spec_version $next: $(stat -c %s "$wasm") B, compressed $(stat -c %s "$out") B" >&2
	echo "$out"
}

# Compresses the WASM blob $1 into $2 the way substrate-wasm-builder compresses release blobs:
# zstd behind sp-maybe-compressed-blob's 8-byte prefix (nodes and the relay chain decompress it).
plexus_compress_wasm() {
	if [ ! -f "$2" ] || [ "$1" -nt "$2" ]; then
		{ printf '\x52\xbc\x53\x76\x46\xdb\x8e\x05' && zstd -19 -q -c "$1"; } >"$2.tmp"
		mv "$2.tmp" "$2"
	fi
}

# Writes the raw chain spec of Asset Hub Westend (preset `local_testnet` without its generated
# stakers, with USDT 1984 for the dev accounts; see tools/asset-hub-spec) to
# chain-specs/asset-hub-westend-local.raw.json, for chopsticks. Prints the path.
# `plexus_asset_hub_spec relay NAME` writes chain-specs/asset-hub-westend-relay.raw.json instead:
# the released runtime, for a real relay chain, with the zombienet node NAME as its collator.
plexus_asset_hub_spec() {
	local wasm out extra=()
	if [ "${1:-}" = relay ]; then
		# Compressed: the relay chain's genesis carries each parachain's code, and the genesis
		# builder of westend-runtime cannot allocate the JSON of two uncompressed blobs.
		plexus_compress_wasm "$(plexus_asset_hub_wasm_released)" \
			"${PLEXUS_TOOLS_CACHE:-$HOME/.cache/plexus-tools}/asset-hub-westend-released.compressed.wasm"
		wasm="${PLEXUS_TOOLS_CACHE:-$HOME/.cache/plexus-tools}/asset-hub-westend-released.compressed.wasm"
		out="$PLEXUS_ROOT/chain-specs/asset-hub-westend-relay.raw.json"
		extra=(--collator "$2")
	else
		wasm="$(plexus_asset_hub_wasm)"
		out="$PLEXUS_ROOT/chain-specs/asset-hub-westend-local.raw.json"
	fi
	(cd "$PLEXUS_ROOT" && cargo build -p plexus-asset-hub-spec >&2)
	mkdir -p "$PLEXUS_ROOT/chain-specs"
	# Written each time: its genesis time is now (see tools/asset-hub-spec).
	"$CARGO_TARGET_DIR/debug/asset-hub-raw-spec" --wasm "$wasm" --out "$out" "${extra[@]}" >&2
	echo "$out"
}

# Writes the plain chain spec of the `westend-local` relay chain (fast-runtime) to
# chain-specs/westend-local.json with `westend-local-spec` (tools/relay-node, built with the
# network's binaries). Prints the path.
plexus_westend_spec() {
	local wasm out="$PLEXUS_ROOT/chain-specs/westend-local.json"
	wasm="$(plexus_westend_wasm)"
	mkdir -p "$PLEXUS_ROOT/chain-specs"
	if [ ! -f "$out" ] || [ "$wasm" -nt "$out" ]; then
		"$CARGO_TARGET_DIR/${PROFILE:-debug}/westend-local-spec" --wasm "$wasm" --out "$out" >&2
	fi
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
