//! `polkadot-prepare-worker`: the PVF preparation worker that `polkadot` starts (found next to
//! it) to compile parachain validation code; the same as the `polkadot` crate's.

polkadot_node_core_pvf_common::decl_worker_main!(
	"prepare-worker",
	polkadot_node_core_pvf_prepare_worker::worker_entrypoint,
	polkadot_cli::NODE_VERSION,
	// `polkadot` compares only the version; the commit is printed by `--full-version`.
	"00000000000",
);
