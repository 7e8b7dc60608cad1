//! Dispatch of the command line: the sub-commands, the dev node and the parachain node.

use crate::{
	cli::{Cli, RelayChainCli, Subcommand},
	service::{self, new_partial},
};
use plexus_runtime::opaque::{Block, Hash};
use polkadot_sdk::{
	frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE},
	sc_cli::{self, SubstrateCli},
	sc_network::{config::NetworkBackendType, Litep2pNetworkBackend, NetworkWorker},
	sc_service::PartialComponents,
};

/// Parses the command line and runs what it asks for.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					new_partial(&config, false)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = new_partial(&config, false)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = new_partial(&config, false)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					new_partial(&config, false)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					new_partial(&config, false)?;
				Ok((cmd.run(client, backend, None), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				let polkadot_cli = RelayChainCli::new(&config, cli.relay_chain_args.iter());
				let polkadot_config = SubstrateCli::create_configuration(
					&polkadot_cli,
					&polkadot_cli,
					config.tokio_handle.clone(),
				)
				.map_err(|err| format!("relay chain argument error: {err}"))?;
				cmd.run(config, polkadot_config)
			})
		},
		Some(Subcommand::ExportGenesisHead(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				let partials = new_partial(&config, false)?;
				cmd.run(partials.client)
			})
		},
		Some(Subcommand::ExportGenesisWasm(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|_config| {
				let spec = cli.load_spec(&cmd.shared_params.chain.clone().unwrap_or_default())?;
				cmd.run(&*spec)
			})
		},
		Some(Subcommand::Benchmark(cmd)) => match cmd {
			#[cfg(feature = "runtime-benchmarks")]
			BenchmarkCmd::Pallet(cmd) => {
				use polkadot_sdk::{
					cumulus_client_service::storage_proof_size::HostFunctions as ReclaimHostFunctions,
					sp_runtime::traits::HashingFor,
				};
				let chain = cmd
					.shared_params
					.chain
					.as_ref()
					.map(|chain| cli.load_spec(chain))
					.transpose()?;
				cmd.run_with_spec::<HashingFor<Block>, ReclaimHostFunctions>(chain)
			},
			BenchmarkCmd::Block(cmd) => {
				let runner = cli.create_runner(cmd)?;
				runner.sync_run(|config| {
					let partials = new_partial(&config, false)?;
					cmd.run(partials.client)
				})
			},
			#[cfg(feature = "runtime-benchmarks")]
			BenchmarkCmd::Storage(cmd) => {
				let runner = cli.create_runner(cmd)?;
				runner.sync_run(|config| {
					let partials = new_partial(&config, false)?;
					let db = partials.backend.expose_db();
					let storage = partials.backend.expose_storage();
					let shared_trie_cache = partials.backend.expose_shared_trie_cache();
					cmd.run(config, partials.client, db, storage, shared_trie_cache)
				})
			},
			BenchmarkCmd::Machine(cmd) => {
				let runner = cli.create_runner(cmd)?;
				runner.sync_run(|config| cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()))
			},
			#[allow(unreachable_patterns)]
			_ => {
				Err("this benchmark needs plexus-node built with `--features runtime-benchmarks`, \
			          or is not supported by a parachain node (use frame-omni-bencher for \
			          `overhead`)"
					.into())
			},
		},
		None => {
			let runner = cli.create_runner(&cli.run.normalize())?;
			let collator_options = cli.run.collator_options();
			let dev_seal = cli.dev_seal();

			runner.run_node_until_exit(|config| async move {
				if let Some(seal) = dev_seal {
					log::info!("🧪 Dev mode: sealing blocks ({seal:?}) with no relay chain");
					return service::start_dev_node(config, seal).map_err(Into::into);
				}

				let polkadot_cli = RelayChainCli::new(&config, cli.relay_chain_args.iter());
				let hwbench = (!cli.no_hardware_benchmarks)
					.then(|| {
						config.database.path().map(|database_path| {
							let _ = std::fs::create_dir_all(database_path);
							polkadot_sdk::sc_sysinfo::gather_hwbench(
								Some(database_path),
								&SUBSTRATE_REFERENCE_HARDWARE,
							)
						})
					})
					.flatten();
				let polkadot_config = SubstrateCli::create_configuration(
					&polkadot_cli,
					&polkadot_cli,
					config.tokio_handle.clone(),
				)
				.map_err(|err| format!("relay chain argument error: {err}"))?;

				log::info!(
					"✍️ Collating: {}",
					if config.role.is_authority() { "yes" } else { "no" }
				);

				match config.network.network_backend {
					NetworkBackendType::Libp2p => {
						service::start_parachain_node::<NetworkWorker<Block, Hash>>(
							config,
							polkadot_config,
							collator_options,
							hwbench,
						)
						.await
					},
					NetworkBackendType::Litep2p => {
						service::start_parachain_node::<Litep2pNetworkBackend>(
							config,
							polkadot_config,
							collator_options,
							hwbench,
						)
						.await
					},
				}
				.map_err(Into::into)
			})
		},
	}
}
