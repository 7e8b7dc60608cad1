//! Runtime APIs of Plexus: the standard set of a cumulus parachain, the XCM runtime APIs
//! (`XcmPaymentApi`, `DryRunApi`, `LocationToAccountApi`, `TrustedQueryApi`,
//! `AuthorizedAliasersApi`), and `Benchmark` / `TryRuntime` under their features.

use crate::{
	configs::{xcm_config, ConsensusHook},
	AccountId, AuraId, Balance, Block, Executive, InherentDataExt, Nonce, ParachainInfo,
	ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig,
	SessionKeys, System, TransactionPayment, Vaults, VERSION,
};
use alloc::vec::Vec;
use cumulus_primitives_core::VerifySchedulingSignature;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_vaults::{
	runtime_api::{VaultSummary, VaultsApiError},
	RedeemRequest, RequestId, VaultId,
};
use polkadot_sdk::{staging_xcm as xcm, staging_xcm_executor as xcm_executor, *};
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;
use xcm::{
	Version as XcmVersion, VersionedAsset, VersionedAssetId, VersionedAssets, VersionedLocation,
	VersionedXcm,
};
use xcm_runtime_apis::{
	dry_run::{CallDryRunEffects, Error as XcmDryRunApiError, XcmDryRunEffects},
	fees::Error as XcmPaymentApiError,
};

impl_runtime_apis! {
	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(crate::SLOT_DURATION)
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as BlockT>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			crate::RELAY_PARENT_OFFSET
		}

		fn max_claim_queue_offset() -> u8 {
			cumulus_pallet_parachain_system::Pallet::<Runtime>::max_claim_queue_offset()
		}
	}

	impl cumulus_primitives_core::SchedulingV3EnabledApi<Block> for Runtime {
		fn scheduling_v3_enabled() -> bool {
			<Runtime as cumulus_pallet_parachain_system::Config>::SchedulingSignatureVerifier::V3_SCHEDULING_ENABLED
		}
	}

	impl cumulus_primitives_core::KeyToIncludeInRelayProof<Block> for Runtime {
		/// Plexus reads no relay-chain storage beyond what the parachain inherent always proves.
		fn keys_to_prove() -> cumulus_primitives_core::RelayProofRequest {
			Default::default()
		}
	}

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(
			encoded: Vec<u8>,
		) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_vaults::runtime_api::VaultsApi<Block, AccountId, crate::AssetId, crate::BlockNumber> for Runtime {
		fn vault(vault: VaultId) -> Option<VaultSummary<AccountId, crate::AssetId>> {
			Vaults::api_vault(vault)
		}
		fn vaults() -> Vec<VaultSummary<AccountId, crate::AssetId>> {
			Vaults::api_vaults()
		}
		fn share_price(vault: VaultId) -> Option<u128> {
			Vaults::api_share_price(vault)
		}
		fn preview_deposit(vault: VaultId, assets: u128) -> Result<u128, VaultsApiError> {
			Vaults::api_preview_deposit(vault, assets)
		}
		fn preview_mint(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError> {
			Vaults::api_preview_mint(vault, shares)
		}
		fn preview_redeem(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError> {
			Vaults::api_preview_redeem(vault, shares)
		}
		fn requests_of(who: AccountId) -> Vec<(RequestId, RedeemRequest<AccountId, u128, crate::BlockNumber>)> {
			Vaults::api_requests_of(who)
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(header: &<Block as BlockT>::Header) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> cumulus_primitives_core::ParaId {
			ParachainInfo::parachain_id()
		}
	}

	impl pallet_gauges::runtime_api::GaugesApi<Block, AccountId, crate::AssetId> for Runtime {
		fn current_epoch() -> pallet_gauges::EpochIndex {
			crate::Gauges::current_epoch()
		}
		fn voting_power(who: AccountId, epoch: Option<pallet_gauges::EpochIndex>) -> u128 {
			crate::Gauges::voting_power(&who, epoch)
		}
		fn lock_of(who: AccountId) -> Option<pallet_gauges::LockInfo> {
			pallet_gauges::Locks::<Runtime>::get(who)
		}
		fn votes_of(who: AccountId) -> Vec<(pallet_gauges::GaugeId, u16, pallet_gauges::EpochIndex)> {
			pallet_gauges::VotesOf::<Runtime>::get(who).into_inner()
		}
		fn gauge(gauge: pallet_gauges::GaugeId) -> Option<pallet_gauges::runtime_api::GaugeSummary> {
			crate::Gauges::gauge_summary(gauge)
		}
		fn gauges() -> Vec<pallet_gauges::runtime_api::GaugeSummary> {
			crate::Gauges::gauge_summaries()
		}
		fn allocation(vault: VaultId) -> Vec<pallet_gauges::runtime_api::AllocationTarget> {
			crate::Gauges::allocation_targets(vault)
		}
		fn claimable_emissions(who: AccountId, gauge: pallet_gauges::GaugeId) -> u128 {
			crate::Gauges::claimable_emissions(&who, gauge)
		}
		fn claimable_incentives(
			who: AccountId,
			gauge: pallet_gauges::GaugeId,
		) -> Vec<pallet_gauges::runtime_api::ClaimableIncentive<crate::AssetId>> {
			crate::Gauges::claimable_incentives(&who, gauge)
		}
	}

	impl pallet_intents::runtime_api::IntentsApi<Block, AccountId, pallet_intents::IntentKindOf<Runtime>, crate::BlockNumber> for Runtime {
		fn intents_of(who: AccountId) -> Vec<pallet_intents::runtime_api::IntentSummary<AccountId, pallet_intents::IntentKindOf<Runtime>, crate::BlockNumber>> {
			crate::Intents::api_intents_of(who)
		}
		fn intent(id: pallet_intents::IntentId) -> Option<pallet_intents::runtime_api::IntentSummary<AccountId, pallet_intents::IntentKindOf<Runtime>, crate::BlockNumber>> {
			crate::Intents::api_intent(id)
		}
		fn pair_book(give: crate::AssetId, want: crate::AssetId) -> Vec<pallet_intents::runtime_api::IntentSummary<AccountId, pallet_intents::IntentKindOf<Runtime>, crate::BlockNumber>> {
			crate::Intents::api_pair_book(give, want)
		}
		fn current_batch() -> pallet_intents::runtime_api::BatchSummary<AccountId, crate::BlockNumber> {
			crate::Intents::api_current_batch()
		}
		fn quote(kind: pallet_intents::IntentKindOf<Runtime>) -> Result<pallet_intents::runtime_api::Quote, pallet_intents::runtime_api::QuoteError> {
			crate::Intents::api_quote(kind)
		}
	}

	impl pallet_strategies::runtime_api::StrategiesApi<Block, AccountId, crate::BlockNumber> for Runtime {
		fn strategies(vault: VaultId) -> Vec<pallet_strategies::runtime_api::StrategySummary<AccountId, crate::BlockNumber>> {
			crate::Strategies::api_strategies(vault)
		}
		fn strategy(id: plexus_primitives::StrategyId) -> Option<pallet_strategies::runtime_api::StrategySummary<AccountId, crate::BlockNumber>> {
			crate::Strategies::api_strategy(id)
		}
		fn operations(vault: VaultId) -> Vec<pallet_strategies::runtime_api::OperationSummary<crate::BlockNumber>> {
			crate::Strategies::api_operations(vault)
		}
		fn branch_liquidity(asset: crate::AssetId) -> Vec<(xcm::latest::Location, pallet_strategies::BranchFlow)> {
			crate::Strategies::api_branch_liquidity(asset)
		}
		fn hub_assets() -> Vec<(crate::AssetId, pallet_strategies::HubAsset)> {
			crate::Strategies::api_hub_assets()
		}
		fn held_inflows(who: AccountId) -> Vec<(u32, pallet_strategies::HeldInflow<AccountId, crate::BlockNumber>)> {
			crate::Strategies::api_held_inflows(who)
		}
		fn withdraw_to_program(
			asset: crate::AssetId,
			amount: u128,
			destination: xcm::latest::Location,
			beneficiary: xcm::latest::Location,
		) -> Option<xcm::VersionedXcm<()>> {
			crate::Strategies::api_withdraw_to_program(asset, amount, destination, beneficiary)
		}
	}

	impl xcm_runtime_apis::fees::XcmPaymentApi<Block> for Runtime {
		fn query_acceptable_payment_assets(xcm_version: XcmVersion) -> Result<Vec<VersionedAssetId>, XcmPaymentApiError> {
			PolkadotXcm::query_acceptable_payment_assets(xcm_version, xcm_config::acceptable_fee_assets())
		}

		fn query_weight_to_asset_fee(weight: Weight, asset: VersionedAssetId) -> Result<u128, XcmPaymentApiError> {
			type Trader = <xcm_config::XcmConfig as xcm_executor::Config>::Trader;
			PolkadotXcm::query_weight_to_asset_fee::<Trader>(weight, asset)
		}

		fn query_xcm_weight(message: VersionedXcm<()>) -> Result<Weight, XcmPaymentApiError> {
			PolkadotXcm::query_xcm_weight(message)
		}

		fn query_delivery_fees(destination: VersionedLocation, message: VersionedXcm<()>, asset_id: VersionedAssetId) -> Result<VersionedAssets, XcmPaymentApiError> {
			type AssetExchanger = <xcm_config::XcmConfig as xcm_executor::Config>::AssetExchanger;
			PolkadotXcm::query_delivery_fees::<AssetExchanger>(destination, message, asset_id)
		}
	}

	impl xcm_runtime_apis::dry_run::DryRunApi<Block, RuntimeCall, RuntimeEvent, crate::OriginCaller> for Runtime {
		fn dry_run_call(origin: crate::OriginCaller, call: RuntimeCall, result_xcms_version: XcmVersion) -> Result<CallDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
			PolkadotXcm::dry_run_call::<Runtime, xcm_config::XcmRouter, crate::OriginCaller, RuntimeCall>(origin, call, result_xcms_version)
		}

		fn dry_run_xcm(origin_location: VersionedLocation, xcm: VersionedXcm<RuntimeCall>) -> Result<XcmDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
			PolkadotXcm::dry_run_xcm::<xcm_config::XcmRouter>(origin_location, xcm)
		}
	}

	impl xcm_runtime_apis::conversions::LocationToAccountApi<Block, AccountId> for Runtime {
		fn convert_location(location: VersionedLocation) -> Result<
			AccountId,
			xcm_runtime_apis::conversions::Error
		> {
			xcm_runtime_apis::conversions::LocationToAccountHelper::<
				AccountId,
				xcm_config::LocationToAccountId,
			>::convert_location(location)
		}
	}

	impl xcm_runtime_apis::trusted_query::TrustedQueryApi<Block> for Runtime {
		fn is_trusted_reserve(asset: VersionedAsset, location: VersionedLocation) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
			PolkadotXcm::is_trusted_reserve(asset, location)
		}
		fn is_trusted_teleporter(asset: VersionedAsset, location: VersionedLocation) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
			PolkadotXcm::is_trusted_teleporter(asset, location)
		}
	}

	impl xcm_runtime_apis::authorized_aliases::AuthorizedAliasersApi<Block> for Runtime {
		fn authorized_aliasers(target: VersionedLocation) -> Result<
			Vec<xcm_runtime_apis::authorized_aliases::OriginAliaser>,
			xcm_runtime_apis::authorized_aliases::Error
		> {
			PolkadotXcm::authorized_aliasers(target)
		}
		fn is_authorized_alias(origin: VersionedLocation, target: VersionedLocation) -> Result<
			bool,
			xcm_runtime_apis::authorized_aliases::Error
		> {
			PolkadotXcm::is_authorized_alias(origin, target)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// Intentional `unwrap`: try-runtime runs off-chain, and a failure must stop it with
			// a backtrace.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			// Intentional `unwrap`, as above.
			Executive::try_execute_block(block, state_root_check, signature_check, select).unwrap()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use cumulus_pallet_session_benchmarking::Pallet as SessionBench;
			use pallet_xcm::benchmarking::Pallet as PalletXcmExtrinsicsBenchmark;
			use crate::benchmarks::{XcmBalances, XcmGeneric};
			use crate::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = crate::AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use sp_storage::TrackedStorageKey;
			use codec::Encode;
			use crate::*;

			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use pallet_xcm::benchmarking::Pallet as PalletXcmExtrinsicsBenchmark;
			use crate::benchmarks::{XcmBalances, XcmGeneric};

			use cumulus_pallet_session_benchmarking::Pallet as SessionBench;
			impl cumulus_pallet_session_benchmarking::Config for Runtime {
				fn generate_session_keys_and_proof(owner: Self::AccountId) -> (Self::Keys, Vec<u8>) {
					let keys = SessionKeys::generate(&owner.encode(), None);
					(keys.keys, keys.proof.encode())
				}
			}

			use frame_support::traits::WhitelistedStorageKeys;
			let whitelist: Vec<TrackedStorageKey> = crate::AllPalletsWithSystem::whitelisted_storage_keys();

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			// No batch is not an error: a benchmark may skip itself (e.g. the XCM instructions
			// Plexus does not support), and the benchmark CLI only asks for listed benchmarks.
			Ok(batches)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
