#!/usr/bin/env bash
# Runs Plexus' zombienet tests on this machine (native provider, everything on 127.0.0.1).
#
#   zombienet/run.sh validate    # check the TOMLs and .zndsl files (no binaries needed)
#   zombienet/run.sh install     # install the binaries only
#   zombienet/run.sh plexus      # (a) tests/0001: westend-local + two Plexus collators
#   zombienet/run.sh asset-hub   # (b) tests/0002: + Asset Hub Westend, XCM from Asset Hub
#
# Binaries come from the crate registry with `cargo install --locked` into $ZOMBIENET_BIN
# (default ~/.cache/plexus-zombienet/bin): `polkadot` with its two workers, and for (b)
# `polkadot-parachain` (Asset Hub's collator, with the built-in asset-hub-westend-local spec).
# `plexus-node` is built from this workspace. On a 2-core machine the first install of
# `polkadot` takes about an hour and `polkadot-parachain` longer (it builds every system
# parachain runtime); later runs reuse them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"

what="${1:-plexus}"
ZOMBIENET_BIN="${ZOMBIENET_BIN:-$HOME/.cache/plexus-zombienet/bin}"
ZOMBIENET_CARGO_TARGET="${ZOMBIENET_CARGO_TARGET:-$HOME/.cache/plexus-zombienet/target}"
POLKADOT_VERSION="${POLKADOT_VERSION:-}"                     # latest unless set
POLKADOT_PARACHAIN_VERSION="${POLKADOT_PARACHAIN_VERSION:-}" # latest unless set
ZN="$PLEXUS_ROOT/zombienet"
PROFILE="${PROFILE:-debug}" # plexus-node's build profile, as scripts/check-node.sh

npm_cli() {
	if [ ! -x "$ZN/node_modules/.bin/zombienet" ]; then
		(cd "$ZN" && npm install --no-audit --no-fund)
	fi
}

# cargo install --locked <crate>[@version] into $ZOMBIENET_BIN, unless the binary is there.
install_crate() {
	local crate="$1" version="$2" binary="$3"
	if [ -x "$ZOMBIENET_BIN/$binary" ]; then
		return
	fi
	echo "==> cargo install --locked $crate${version:+@$version} (first time only; long)" >&2
	CARGO_TARGET_DIR="$ZOMBIENET_CARGO_TARGET" cargo install --locked \
		--root "$(dirname "$ZOMBIENET_BIN")" "$crate${version:+@$version}"
}

install_binaries() {
	mkdir -p "$ZOMBIENET_BIN"
	# `polkadot` installs `polkadot`, `polkadot-prepare-worker` and `polkadot-execute-worker`.
	install_crate polkadot "$POLKADOT_VERSION" polkadot
	if [ "$what" = asset-hub ] || [ "$what" = install ]; then
		install_crate polkadot-parachain-bin "$POLKADOT_PARACHAIN_VERSION" polkadot-parachain
	fi
	echo "==> building plexus-node ($PROFILE)" >&2
	plexus_build_node "$PROFILE"
	ln -sf "$CARGO_TARGET_DIR/$PROFILE/plexus-node" "$ZOMBIENET_BIN/plexus-node"
}

run_test() {
	local test="$1"
	PATH="$ZOMBIENET_BIN:$PATH" "$ZN/node_modules/.bin/zombienet" --provider native \
		--logType text test "$ZN/tests/$test"
}

npm_cli
case "$what" in
validate) node "$ZN/validate.cjs" ;;
install) plexus_setup_rust && install_binaries ;;
plexus) plexus_setup_rust && install_binaries && node "$ZN/validate.cjs" && run_test 0001-plexus-blocks.zndsl ;;
asset-hub) plexus_setup_rust && install_binaries && node "$ZN/validate.cjs" && run_test 0002-asset-hub-to-plexus.zndsl ;;
*)
	echo "usage: zombienet/run.sh validate|install|plexus|asset-hub" >&2
	exit 2
	;;
esac
