//! `polkadot-execute-worker`: the PVF execution worker that `polkadot` starts (found next to
//! it) to validate parachain candidates; the same as the `polkadot` crate's.

polkadot_node_core_pvf_common::decl_worker_main!(
	"execute-worker",
	polkadot_node_core_pvf_execute_worker::worker_entrypoint,
	polkadot_cli::NODE_VERSION,
	// `polkadot` compares only the version; the commit is printed by `--full-version`.
	"00000000000",
);
