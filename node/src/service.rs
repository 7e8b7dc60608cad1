//! The node's services: the client and its import queue, the parachain node (collator or full
//! node) under a relay chain, and the dev node that seals its own blocks.

use crate::cli::DevSeal;
use codec::Encode;
use plexus_runtime::{
	apis::RuntimeApi,
	opaque::{Block, Hash},
};
use polkadot_sdk::{
	cumulus_client_bootnodes::{start_bootnode_tasks, StartBootnodeTasksParams},
	cumulus_client_cli::CollatorOptions,
	cumulus_client_collator::service::CollatorService,
	cumulus_client_consensus_aura::{
		collators::lookahead::{self as aura, Params as AuraParams},
		equivocation_import_queue::fully_verifying_import_queue,
	},
	cumulus_client_consensus_common::ParachainBlockImport as TParachainBlockImport,
	cumulus_client_parachain_inherent::MockValidationDataInherentDataProvider,
	cumulus_client_service::{
		build_network, build_relay_chain_interface, prepare_node_config, start_relay_chain_tasks,
		BuildNetworkParams, DARecoveryProfile, ParachainHostFunctions, StartRelayChainTasksParams,
	},
	cumulus_primitives_core::{
		relay_chain::{CollatorPair, UpgradeGoAhead, ValidationCode},
		CollectCollationInfo, GetParachainInfo, ParaId, RelayParentOffsetApi,
	},
	cumulus_relay_chain_interface::{OverseerHandle, RelayChainInterface},
	sc_basic_authorship::ProposerFactory,
	sc_consensus::{ImportQueue, LongestChain},
	sc_consensus_manual_seal::{
		self, consensus::aura::AuraConsensusDataProvider, EngineCommand, InstantSealParams,
		ManualSealParams,
	},
	sc_executor::{HeapAllocStrategy, WasmExecutor, DEFAULT_HEAP_ALLOC_STRATEGY},
	sc_network::{
		config::FullNetworkConfiguration, NetworkBackend, NetworkBlock, NotificationMetrics, PeerId,
	},
	sc_service::{self, Configuration, PartialComponents, TFullBackend, TFullClient, TaskManager},
	sc_sysinfo::HwBench,
	sc_telemetry::{Telemetry, TelemetryHandle, TelemetryWorker, TelemetryWorkerHandle},
	sc_transaction_pool::{self, TransactionPoolHandle},
	sp_api::ProvideRuntimeApi,
	sp_blockchain::HeaderBackend,
	sp_consensus_aura::{sr25519::AuthorityPair as AuraPair, AuraApi},
	sp_keystore::KeystorePtr,
	sp_runtime::traits::Header as HeaderT,
	sp_timestamp,
	substrate_prometheus_endpoint::Registry,
};
use std::{
	sync::Arc,
	time::{Duration, SystemTime, UNIX_EPOCH},
};

/// Host functions of the executor: the parachain's, and with `runtime-benchmarks` also the
/// benchmarking ones (a runtime built with `runtime-benchmarks` imports them).
#[cfg(not(feature = "runtime-benchmarks"))]
pub type HostFunctions = ParachainHostFunctions;
/// Host functions of the executor: the parachain's and the benchmarking ones.
#[cfg(feature = "runtime-benchmarks")]
pub type HostFunctions =
	(ParachainHostFunctions, polkadot_sdk::frame_benchmarking::benchmarking::HostFunctions);

/// The client: the runtime's API over the WASM executor with [`HostFunctions`].
pub type ParachainClient = TFullClient<Block, RuntimeApi, WasmExecutor<HostFunctions>>;
/// The database backend.
pub type ParachainBackend = TFullBackend<Block>;
/// Block import that keeps the parachain's unincluded segment.
pub type ParachainBlockImport =
	TParachainBlockImport<Block, Arc<ParachainClient>, ParachainBackend>;
/// The transaction pool.
pub type TransactionPool = TransactionPoolHandle<Block, ParachainClient>;
/// The parts of a node every command needs.
pub type Service = PartialComponents<
	ParachainClient,
	ParachainBackend,
	(),
	polkadot_sdk::sc_consensus::DefaultImportQueue<Block>,
	TransactionPool,
	(ParachainBlockImport, Option<Telemetry>, Option<TelemetryWorkerHandle>),
>;

/// The relay chain's slot, which also paces the mocked relay chain of the dev node.
const RELAY_CHAIN_SLOT_DURATION: Duration = Duration::from_millis(6_000);

/// Client, backend, pool and import queue. `dev` selects the dev node's queue (it imports only
/// what it seals itself); otherwise blocks are verified as Aura blocks.
pub fn new_partial(config: &Configuration, dev: bool) -> Result<Service, sc_service::Error> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, polkadot_sdk::sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let heap_pages = config
		.executor
		.default_heap_pages
		.map_or(DEFAULT_HEAP_ALLOC_STRATEGY, |h| HeapAllocStrategy::Static { extra_pages: h as _ });
	let executor = WasmExecutor::<HostFunctions>::builder()
		.with_execution_method(config.executor.wasm_method)
		.with_max_runtime_instances(config.executor.max_runtime_instances)
		.with_runtime_cache_size(config.executor.runtime_cache_size)
		.with_onchain_heap_alloc_strategy(heap_pages)
		.with_offchain_heap_alloc_strategy(heap_pages)
		.build();

	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts_record_import::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			true,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry_worker_handle = telemetry.as_ref().map(|(worker, _)| worker.handle());
	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let block_import = ParachainBlockImport::new(client.clone(), backend.clone());

	let import_queue = if dev {
		sc_consensus_manual_seal::import_queue(
			Box::new(client.clone()),
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
		)
	} else {
		fully_verifying_import_queue::<AuraPair, _, _, _, _>(
			client.clone(),
			block_import.clone(),
			move |_, _| async move { Ok(sp_timestamp::InherentDataProvider::from_system_time()) },
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
			telemetry.as_ref().map(|t| t.handle()),
		)
	};

	Ok(PartialComponents {
		backend,
		client,
		import_queue,
		keystore_container,
		task_manager,
		transaction_pool,
		select_chain: (),
		other: (block_import, telemetry, telemetry_worker_handle),
	})
}

/// The para id the runtime at the best block reports.
fn para_id(client: &ParachainClient) -> Result<ParaId, sc_service::Error> {
	let best = client.info().best_hash;
	client
		.runtime_api()
		.parachain_id(best)
		.map_err(|e| sc_service::Error::Application(format!("para id of the runtime: {e}").into()))
}

/// The RPC builder: the standard extensions and the `plexus_` methods.
fn rpc_builder(
	client: Arc<ParachainClient>,
	pool: Arc<TransactionPool>,
) -> Box<
	dyn Fn(
		polkadot_sdk::sc_rpc::SubscriptionTaskExecutor,
	) -> Result<jsonrpsee::RpcModule<()>, sc_service::Error>,
> {
	Box::new(move |_| {
		crate::rpc::create_full(client.clone(), pool.clone())
			.map_err(sc_service::Error::Application)
	})
}

/// Starts a parachain node under a relay chain: a full node, or a collator with `--collator`.
pub async fn start_parachain_node<Net: NetworkBackend<Block, Hash>>(
	parachain_config: Configuration,
	polkadot_config: Configuration,
	collator_options: CollatorOptions,
	hwbench: Option<HwBench>,
) -> sc_service::error::Result<TaskManager> {
	let parachain_config = prepare_node_config(parachain_config);
	let parachain_public_addresses = parachain_config.network.public_addresses.clone();
	let parachain_fork_id = parachain_config.chain_spec.fork_id().map(ToString::to_string);
	let advertise_non_global_ips = parachain_config.network.allow_non_globals_in_dht;
	let relay_chain_fork_id = polkadot_config.chain_spec.fork_id().map(ToString::to_string);
	let params = new_partial(&parachain_config, false)?;
	let (block_import, mut telemetry, telemetry_worker_handle) = params.other;
	let client = params.client.clone();
	let backend = params.backend.clone();
	let mut task_manager = params.task_manager;
	let para_id = para_id(&client)?;

	let prometheus_registry = parachain_config.prometheus_registry().cloned();
	let net_config = FullNetworkConfiguration::<_, _, Net>::new(
		&parachain_config.network,
		prometheus_registry.clone(),
	);

	let (relay_chain_interface, collator_key, relay_chain_network, paranode_rx) =
		build_relay_chain_interface(
			polkadot_config,
			&parachain_config,
			telemetry_worker_handle,
			&mut task_manager,
			collator_options.clone(),
			hwbench.clone(),
		)
		.await
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;

	let validator = parachain_config.role.is_authority();
	let transaction_pool = params.transaction_pool.clone();
	let import_queue_service = params.import_queue.service();

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		build_network(BuildNetworkParams {
			parachain_config: &parachain_config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			para_id,
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			relay_chain_interface: relay_chain_interface.clone(),
			import_queue: params.import_queue,
			metrics: Net::register_notification_metrics(
				parachain_config.prometheus_config.as_ref().map(|cfg| &cfg.registry),
			),
			gap_sync_body_policy: None,
		})
		.await?;

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		rpc_builder: rpc_builder(client.clone(), transaction_pool.clone()),
		client: client.clone(),
		transaction_pool: transaction_pool.clone(),
		task_manager: &mut task_manager,
		config: parachain_config,
		keystore: params.keystore_container.keystore(),
		backend: backend.clone(),
		network: network.clone(),
		sync_service: sync_service.clone(),
		system_rpc_tx,
		tx_handler_controller,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	if let Some(hwbench) = hwbench {
		polkadot_sdk::sc_sysinfo::print_hwbench(&hwbench);
	}

	let announce_block = {
		let sync_service = sync_service.clone();
		Arc::new(move |hash, data| sync_service.announce_block(hash, data))
	};
	let overseer_handle = relay_chain_interface
		.overseer_handle()
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;

	let collator_peer_id = relay_chain_network.local_peer_id();
	start_bootnode_tasks(StartBootnodeTasksParams {
		embedded_dht_bootnode: collator_options.embedded_dht_bootnode,
		dht_bootnode_discovery: collator_options.dht_bootnode_discovery,
		para_id,
		task_manager: &mut task_manager,
		relay_chain_interface: relay_chain_interface.clone(),
		relay_chain_fork_id,
		relay_chain_network,
		request_receiver: paranode_rx,
		parachain_network: network.clone(),
		advertise_non_global_ips,
		parachain_genesis_hash: client.chain_info().genesis_hash.encode(),
		parachain_fork_id,
		parachain_public_addresses,
	});

	start_relay_chain_tasks(StartRelayChainTasksParams {
		client: client.clone(),
		announce_block: announce_block.clone(),
		para_id,
		relay_chain_interface: relay_chain_interface.clone(),
		task_manager: &mut task_manager,
		da_recovery_profile: if validator {
			DARecoveryProfile::Collator
		} else {
			DARecoveryProfile::FullNode
		},
		import_queue: import_queue_service,
		relay_chain_slot_duration: RELAY_CHAIN_SLOT_DURATION,
		recovery_handle: Box::new(overseer_handle.clone()),
		sync_service,
		prometheus_registry: prometheus_registry.as_ref(),
	})?;

	if validator {
		start_consensus(
			client,
			backend,
			block_import,
			prometheus_registry.as_ref(),
			telemetry.as_ref().map(|t| t.handle()),
			&task_manager,
			relay_chain_interface,
			transaction_pool,
			params.keystore_container.keystore(),
			para_id,
			collator_key.ok_or("a collator needs a collator key from the relay chain interface")?,
			collator_peer_id,
			overseer_handle,
			announce_block,
		)?;
	}

	Ok(task_manager)
}

/// Starts the lookahead Aura collator (async backing).
#[allow(clippy::too_many_arguments)]
fn start_consensus(
	client: Arc<ParachainClient>,
	backend: Arc<ParachainBackend>,
	block_import: ParachainBlockImport,
	prometheus_registry: Option<&Registry>,
	telemetry: Option<TelemetryHandle>,
	task_manager: &TaskManager,
	relay_chain_interface: Arc<dyn RelayChainInterface>,
	transaction_pool: Arc<TransactionPool>,
	keystore: KeystorePtr,
	para_id: ParaId,
	collator_key: CollatorPair,
	collator_peer_id: PeerId,
	overseer_handle: OverseerHandle,
	announce_block: Arc<dyn Fn(Hash, Option<Vec<u8>>) + Send + Sync>,
) -> Result<(), sc_service::Error> {
	let proposer = ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool,
		prometheus_registry,
		telemetry,
	);
	let collator_service = CollatorService::new(client.clone(), announce_block, client.clone());
	let params = AuraParams {
		create_inherent_data_providers: move |_, ()| async move { Ok(()) },
		block_import,
		para_client: client.clone(),
		para_backend: backend,
		relay_client: relay_chain_interface,
		code_hash_provider: {
			let client = client.clone();
			move |block_hash| {
				client.code_at(block_hash).ok().map(|c| ValidationCode::from(c).hash())
			}
		},
		keystore,
		collator_key,
		collator_peer_id,
		para_id,
		overseer_handle,
		relay_chain_slot_duration: RELAY_CHAIN_SLOT_DURATION,
		proposer,
		collator_service,
		authoring_duration: Duration::from_millis(2_000),
		reinitialize: false,
		max_pov_percentage: None,
	};
	let fut = aura::run::<Block, AuraPair, _, _, _, _, _, _, _, _>(params);
	task_manager.spawn_essential_handle().spawn("aura", None, fut);
	Ok(())
}

/// Starts the dev node: no relay chain, no peers; blocks sealed by `seal` with a mocked relay
/// chain (validation data and a timestamp one relay slot per parachain block).
pub fn start_dev_node(
	mut config: Configuration,
	seal: DevSeal,
) -> sc_service::error::Result<TaskManager> {
	let PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		transaction_pool,
		other: (_, mut telemetry, _),
		..
	} = new_partial(&config, true)?;

	// A dev node talks to no one.
	config.network.default_peers_set.in_peers = 0;
	config.network.default_peers_set.out_peers = 0;
	let net_config = FullNetworkConfiguration::<
		_,
		_,
		polkadot_sdk::sc_network::Litep2pNetworkBackend,
	>::new(&config.network, None);

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			net_config,
			block_announce_validator_builder: None,
			warp_sync_config: None,
			block_relay: None,
			metrics: NotificationMetrics::new(None),
			gap_sync_body_policy: None,
		})?;

	let proposer = ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		None,
		None,
	);
	let slot_duration = client
		.runtime_api()
		.slot_duration(client.info().best_hash)
		.map_err(|e| sc_service::Error::Application(format!("Aura slot duration: {e}").into()))?;
	let para_id = para_id(&client)?;
	let inherents = dev_inherent_data_providers(client.clone(), para_id, slot_duration.as_millis());

	match seal {
		DevSeal::Instant => {
			let params = InstantSealParams {
				block_import: client.clone(),
				env: proposer,
				client: client.clone(),
				pool: transaction_pool.clone(),
				select_chain: LongestChain::new(backend.clone()),
				consensus_data_provider: Some(Box::new(
					AuraConsensusDataProvider::new_with_slot_duration(slot_duration),
				)),
				create_inherent_data_providers: inherents,
			};
			task_manager.spawn_essential_handle().spawn_blocking(
				"instant-seal",
				None,
				sc_consensus_manual_seal::run_instant_seal(params),
			);
		},
		DevSeal::Every(block_time) => {
			let (mut sink, commands_stream) = futures::channel::mpsc::channel(1024);
			task_manager.spawn_essential_handle().spawn("dev-block-timer", None, async move {
				loop {
					futures_timer::Delay::new(Duration::from_millis(block_time)).await;
					let command = EngineCommand::SealNewBlock {
						create_empty: true,
						finalize: true,
						parent_hash: None,
						sender: None,
					};
					// The channel is full only if sealing is stuck; skip this tick then.
					if let Err(e) = sink.try_send(command) {
						if e.is_disconnected() {
							break;
						}
						log::warn!("dev block timer: the sealing task is behind, skipping a block");
					}
				}
			});
			let params = ManualSealParams {
				block_import: client.clone(),
				env: proposer,
				client: client.clone(),
				pool: transaction_pool.clone(),
				select_chain: LongestChain::new(backend.clone()),
				commands_stream: Box::pin(commands_stream),
				consensus_data_provider: Some(Box::new(
					AuraConsensusDataProvider::new_with_slot_duration(slot_duration),
				)),
				create_inherent_data_providers: inherents,
			};
			task_manager.spawn_essential_handle().spawn_blocking(
				"manual-seal",
				None,
				sc_consensus_manual_seal::run_manual_seal(params),
			);
		},
	}

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network,
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder: rpc_builder(client, transaction_pool),
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service,
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	Ok(task_manager)
}

type DevInherents =
	(sp_timestamp::InherentDataProvider, MockValidationDataInherentDataProvider<()>);

/// The inherents of a dev block on `parent`: a mocked relay chain that advances one relay slot
/// per relay-slot's worth of parachain slot, its validation data for the next block, and the
/// timestamp of that relay slot (so Aura's slot and the relay slot agree).
fn dev_inherent_data_providers(
	client: Arc<ParachainClient>,
	para_id: ParaId,
	slot_duration_ms: u64,
) -> impl Fn(
	Hash,
	(),
) -> futures::future::Ready<Result<DevInherents, Box<dyn std::error::Error + Send + Sync>>>
       + Send
       + Sync {
	let relay_slot_ms = RELAY_CHAIN_SLOT_DURATION.as_millis() as u64;
	// Two hours in the past, so that the mocked timestamps stay behind the wall clock.
	let first_relay_slot = SystemTime::now()
		.duration_since(UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or_default()
		.saturating_sub(2 * 60 * 60 * 1_000)
		/ relay_slot_ms;
	let relay_blocks_per_para_block = (slot_duration_ms / relay_slot_ms).max(1) as u32;

	move |parent: Hash, ()| {
		let result = (|| {
			let head = client
				.header(parent)?
				.ok_or_else(|| format!("parent {parent:?} is not in the database"))?;
			let api = client.runtime_api();
			// A pending runtime upgrade gets its go-ahead in the next block.
			let go_ahead = api
				.collect_collation_info(parent, &head)
				.map(|info| info.new_validation_code.is_some())
				.unwrap_or_default();
			let relay_parent_offset = api.relay_parent_offset(parent).unwrap_or_default();
			let number = head.number().saturating_add(1);
			let relay_slot =
				first_relay_slot + u64::from(number) * u64::from(relay_blocks_per_para_block);
			let validation = MockValidationDataInherentDataProvider::<()> {
				current_para_block: number,
				para_id,
				current_para_block_head: Some(polkadot_sdk::polkadot_primitives::HeadData(
					head.encode(),
				)),
				relay_blocks_per_para_block,
				relay_offset: (relay_slot as u32)
					.saturating_sub(relay_blocks_per_para_block.saturating_mul(number)),
				relay_parent_offset,
				para_blocks_per_relay_epoch: 10,
				upgrade_go_ahead: go_ahead.then_some(UpgradeGoAhead::GoAhead),
				..Default::default()
			};
			let timestamp = sp_timestamp::InherentDataProvider::new(
				relay_slot.saturating_mul(relay_slot_ms).into(),
			);
			Ok::<_, Box<dyn std::error::Error + Send + Sync>>((timestamp, validation))
		})();
		futures::future::ready(result)
	}
}
