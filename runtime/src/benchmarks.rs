//! The pallets benchmarked in this runtime (`frame-benchmarking` v2), listed for the
//! `Benchmark` runtime API, and what the polkadot-sdk pallets' benchmarks need of a parachain
//! runtime to run here:
//!
//! - `frame_system`: `set_code` stores the new code through parachain-system, which needs
//!   validation data and a host configuration (`frame_system_benchmarking::Config` below);
//! - `pallet_treasury`: a payout of 100 planck to a fresh account is below PLX's existential
//!   deposit, so the beneficiary gets its existential deposit first ([`TreasuryArguments`]);
//! - `pallet_xcm`: Asset Hub is the reachable destination, over an HRMP channel opened by
//!   [`XcmDeliveryHelper`]; PLX is reserve-transferred (Plexus is its reserve), USDT goes back
//!   to its reserve with the fees in PLX, and up to 20 distinct hub assets are trapped and
//!   claimed. `teleport_assets` is not benchmarked: Plexus trusts no teleports
//!   (`XcmTeleportFilter = Nothing`), so its weight is `Weight::MAX` and the call is refused.
//! - `pallet_xcm_benchmarks` (every XCM instruction the executor runs, weighed by
//!   `weights::xcm`): USDT is the asset moved (a hub asset, through the whole transactor stack:
//!   PLX's adapter is tried first, then the hub-asset registry, `pallet-assets` and the branch
//!   inflow limits); Asset Hub is the destination and the reserve, and it deposits USDT over a
//!   branch inflow limit, so `ReserveAssetDeposited` notes a pending hold; the holding register
//!   is full; execution is bought with DOT, the last of the three fee assets the traders try,
//!   and delivery paid in PLX. Instructions Plexus does not support skip their benchmarks and
//!   weigh `Weight::MAX` (teleports in, asset exchange, universal origins, bridging exports,
//!   remote locks).

use super::*;
use crate::configs::{
	xcm_config::{
		AssetHubLocation, AssetTransactors, DotLocation, LocationToAccountId, MaxAssetsIntoHolding,
		PlxLocation, UsdtLocation, XcmConfig,
	},
	ExistentialDeposit, PriceForSiblingParachainDelivery,
};
use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::BenchmarkError;
use frame_support::{
	parameter_types,
	traits::{fungible, Get},
	weights::Weight,
};
use plexus_primitives::assets::{ASSET_HUB_ASSETS_PALLET_INDEX, ASSET_HUB_PARA_ID, USDT};
use polkadot_sdk::{
	cumulus_primitives_core::ParaId, staging_xcm as xcm, staging_xcm_executor as xcm_executor,
};
use xcm::latest::{
	Asset, AssetId as XcmAssetId, Assets as XcmAssets, InteriorLocation,
	Junction::{self, GeneralIndex, PalletInstance, Parachain},
	Location, NetworkId, Response, WeightLimit, XcmContext,
};
use xcm_executor::{traits::TransactAsset, AssetsInHolding};

/// The XCM executor's fungible-asset instructions, benchmarked in this runtime.
pub type XcmBalances = pallet_xcm_benchmarks::fungible::Pallet<Runtime>;
/// The XCM executor's other instructions, benchmarked in this runtime.
pub type XcmGeneric = pallet_xcm_benchmarks::generic::Pallet<Runtime>;

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[cumulus_pallet_parachain_system, ParachainSystem]
	[cumulus_pallet_weight_reclaim, WeightReclaim]
	[pallet_timestamp, Timestamp]
	[pallet_balances, Balances]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_assets, Assets]
	[pallet_session, SessionBench::<Runtime>]
	[pallet_collator_selection, CollatorSelection]
	[cumulus_pallet_xcmp_queue, XcmpQueue]
	[pallet_message_queue, MessageQueue]
	[pallet_xcm, PalletXcmExtrinsicsBenchmark::<Runtime>]
	[pallet_xcm_benchmarks::fungible, XcmBalances]
	[pallet_xcm_benchmarks::generic, XcmGeneric]
	[pallet_utility, Utility]
	[pallet_proxy, Proxy]
	[pallet_multisig, Multisig]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_referenda, Referenda]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_whitelist, Whitelist]
	[pallet_treasury, Treasury]
	[pallet_sudo, Sudo]
	[pallet_vaults, Vaults]
	[pallet_gauges, Gauges]
	[pallet_strategies, Strategies]
	[pallet_intents, Intents]
);

/// `frame_system::set_code` on a parachain: parachain-system checks the new code against the
/// relay chain's host configuration and stores it as the pending validation function.
impl frame_system_benchmarking::Config for Runtime {
	/// Puts the validation data and a host configuration that allows `code` in place.
	fn setup_set_code_requirements(code: &Vec<u8>) -> Result<(), BenchmarkError> {
		let len = u32::try_from(code.len()).map_err(|_| BenchmarkError::Stop("code too large"))?;
		ParachainSystem::initialize_for_set_code_benchmark(len);
		Ok(())
	}

	/// The code was scheduled as the next validation function (not `CodeUpdated`: that comes
	/// once the relay chain allows the upgrade).
	fn verify_set_code() {
		System::assert_last_event(
			cumulus_pallet_parachain_system::Event::<Runtime>::ValidationFunctionStored.into(),
		);
	}
}

/// Arguments of the treasury's benchmarks: PLX spends (`AssetKind = ()`) to beneficiaries that
/// already hold the existential deposit, so a small payout does not fail `BelowMinimum`.
pub struct TreasuryArguments;
impl pallet_treasury::ArgumentsFactory<(), AccountId> for TreasuryArguments {
	fn create_asset_kind(_seed: u32) {}

	fn create_beneficiary(seed: [u8; 32]) -> AccountId {
		let who = AccountId::from(seed);
		let _ = <Balances as fungible::Mutate<_>>::mint_into(&who, ExistentialDeposit::get());
		who
	}
}

parameter_types! {
	/// Asset Hub's para id, the destination of the XCM benchmarks.
	pub AssetHubParaId: ParaId = ParaId::from(ASSET_HUB_PARA_ID);
	/// PLX's existential deposit as an XCM asset: what the delivery helper gives a sender.
	pub ExistentialDepositAsset: Option<Asset> =
		Some((PlxLocation::get(), ExistentialDeposit::get()).into());
}

/// Makes delivery to Asset Hub succeed in the XCM benchmarks: opens the HRMP channel and gives
/// the sender its existential deposit and the delivery fees, in PLX.
pub type XcmDeliveryHelper = polkadot_runtime_common::xcm_sender::ToParachainDeliveryHelper<
	XcmConfig,
	ExistentialDepositAsset,
	PriceForSiblingParachainDelivery,
	AssetHubParaId,
	ParachainSystem,
>;

/// First asset id of the hub assets registered for `claim_assets` (below the share tokens).
const EXTRA_HUB_ASSETS: AssetId = 900_000;

/// Registers (once) and returns the location of extra hub asset `i`: asset `EXTRA_HUB_ASSETS +
/// i` of Asset Hub's `Assets` pallet.
fn extra_hub_asset(i: u32) -> Location {
	let id = EXTRA_HUB_ASSETS.saturating_add(i);
	let location = Location::new(
		1,
		[
			Parachain(ASSET_HUB_PARA_ID),
			PalletInstance(ASSET_HUB_ASSETS_PALLET_INDEX),
			GeneralIndex(id.into()),
		],
	);
	if pallet_strategies::HubAssets::<Runtime>::get(id).is_none() {
		let name: pallet_strategies::AssetString =
			b"Bench asset".to_vec().try_into().unwrap_or_default();
		let symbol: pallet_strategies::AssetString = b"BA".to_vec().try_into().unwrap_or_default();
		let registered = Strategies::register_hub_asset(
			RuntimeOrigin::root(),
			id,
			Box::new(location.clone().into()),
			name,
			symbol,
			6,
			1,
		);
		debug_assert!(registered.is_ok(), "a fresh hub asset registers: {registered:?}");
	}
	location
}

impl pallet_xcm::benchmarking::Config for Runtime {
	type DeliveryHelper = XcmDeliveryHelper;

	fn reachable_dest() -> Option<Location> {
		Some(AssetHubLocation::get())
	}

	fn teleportable_asset_and_dest() -> Option<(Asset, Location)> {
		// Plexus trusts no teleports.
		None
	}

	fn reserve_transferable_asset_and_dest() -> Option<(Asset, Location)> {
		// PLX to Asset Hub: Plexus is PLX's reserve, so this is a local-reserve transfer into
		// Asset Hub's sovereign account.
		Some((
			(PlxLocation::get(), 100 * ExistentialDeposit::get()).into(),
			AssetHubLocation::get(),
		))
	}

	fn set_up_complex_asset_transfer() -> Option<(XcmAssets, u32, Location, Box<dyn FnOnce()>)> {
		// USDT back to its reserve (Asset Hub, a destination-reserve transfer: it is burnt
		// here) with the fees paid in PLX (a local-reserve transfer): two transfer types in one
		// call, the most work `transfer_assets` does here.
		use frame_support::traits::fungibles::Mutate as _;
		let who: AccountId = frame_benchmarking::whitelisted_caller();
		let fee_amount = 100 * ExistentialDeposit::get();
		let plx = fee_amount.saturating_mul(1_000);
		<Balances as fungible::Mutate<_>>::set_balance(&who, plx);
		let usdt_amount: Balance = 1_000_000;
		let usdt_before = usdt_amount.saturating_mul(10);
		Assets::mint_into(USDT, &who, usdt_before).ok()?;

		let fee: Asset = (PlxLocation::get(), fee_amount).into();
		let assets: XcmAssets = vec![fee.clone(), (UsdtLocation::get(), usdt_amount).into()].into();
		let fee_index = assets.inner().iter().position(|a| a == &fee)? as u32;
		let verify = Box::new(move || {
			assert!(Balances::free_balance(&who) <= plx.saturating_sub(fee_amount));
			assert_eq!(Assets::balance(USDT, &who), usdt_before.saturating_sub(usdt_amount));
		});
		Some((assets, fee_index, AssetHubLocation::get(), verify))
	}

	fn get_asset() -> Asset {
		(UsdtLocation::get(), 1_000_000u128).into()
	}

	fn get_assets(n: u32) -> XcmAssets {
		// PLX, DOT and USDT, then as many extra hub assets as needed: each a distinct asset
		// the transactor deposits into `pallet-assets`.
		let mut assets: Vec<Asset> = vec![
			(PlxLocation::get(), 100 * ExistentialDeposit::get()).into(),
			(DotLocation::get(), 1_000_000_000u128).into(),
			(UsdtLocation::get(), 1_000_000u128).into(),
		];
		for i in 3..n {
			assets.push((extra_hub_asset(i), 1_000_000u128).into());
		}
		assets.truncate(n.max(1) as usize);
		assets.into()
	}

	fn batch_call(calls: Vec<RuntimeCall>) -> Option<RuntimeCall> {
		Some(RuntimeCall::Utility(pallet_utility::Call::batch_all { calls }))
	}
}

impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

/// 1 PLX in planck (12 decimals).
const PLX_UNIT: Balance = plexus_primitives::currency::UNIT;
/// 1 DOT in planck (10 decimals).
const DOT_UNIT: Balance = 10_000_000_000;
/// 1 USDT in planck (6 decimals).
const USDT_UNIT: Balance = 1_000_000;

/// A real credit of `amount` of PLX or a hub asset at `location`, minted through the runtime's
/// asset transactors as a `ReserveAssetDeposited` would (no origin: no inflow limit applies).
fn minted(location: Location, amount: Balance) -> Option<AssetsInHolding> {
	let context = XcmContext { origin: None, message_id: [0; 32], topic: None };
	AssetTransactors::mint_asset(&(location, amount).into(), &context).ok()
}

impl pallet_xcm_benchmarks::Config for Runtime {
	type XcmConfig = XcmConfig;
	type AccountIdConverter = LocationToAccountId;
	type DeliveryHelper = XcmDeliveryHelper;

	fn valid_destination() -> Result<Location, BenchmarkError> {
		Ok(AssetHubLocation::get())
	}

	fn worst_case_holding(depositable_count: u32) -> AssetsInHolding {
		use pallet_xcm_benchmarks::MockCredit;
		// A full holding register of distinct fungible assets (Plexus transacts no
		// non-fungibles), leaving room for the `depositable_count` assets a benchmark adds:
		// dummy credits under `GeneralIndex` ids, and two assets minted for real so that the fees
		// taken from the holding are real assets: 1 000 DOT (execution fees, in the asset the
		// traders try last) and 1 000 PLX (delivery fees).
		let mut holding = AssetsInHolding::new();
		let dummies =
			MaxAssetsIntoHolding::get().saturating_sub(depositable_count).saturating_sub(2);
		for i in 0..dummies {
			holding.fungible.insert(
				XcmAssetId(Location::new(0, [GeneralIndex(i.into())])),
				Box::new(MockCredit(100u128.saturating_mul(u128::from(i).saturating_add(1)))),
			);
		}
		for (location, amount) in
			[(DotLocation::get(), 1_000 * DOT_UNIT), (PlxLocation::get(), 1_000 * PLX_UNIT)]
		{
			if let Some(credit) = minted(location, amount) {
				holding.subsume_assets(credit);
			}
		}
		holding
	}
}

/// Asset Hub as the reserve of USDT in `ReserveAssetDeposited`, with a branch inflow limit of
/// half the deposit: the worst case of the hub-asset transactor, which records the branch's
/// flow and notes the excess as a pending hold for the message's `DepositAsset`.
pub struct XcmTrustedReserve;
impl Get<Option<(Location, Asset)>> for XcmTrustedReserve {
	fn get() -> Option<(Location, Asset)> {
		let amount = 1_000 * USDT_UNIT;
		let limit = pallet_strategies::InflowLimit { cap: amount / 2, per_epoch: amount / 2 };
		Strategies::set_inflow_limit(
			RuntimeOrigin::root(),
			USDT,
			Box::new(AssetHubLocation::get().into()),
			Some(limit),
		)
		.ok()?;
		Some((AssetHubLocation::get(), (UsdtLocation::get(), amount).into()))
	}
}

impl pallet_xcm_benchmarks::fungible::Config for Runtime {
	type TransactAsset = Balances;
	// No teleports are tracked or trusted: `receive_teleported_asset` is not benchmarked.
	type CheckedAccount = ();
	type TrustedTeleporter = ();
	type TrustedReserve = XcmTrustedReserve;

	fn get_asset() -> Asset {
		(UsdtLocation::get(), 1_000 * USDT_UNIT).into()
	}
}

impl pallet_xcm_benchmarks::generic::Config for Runtime {
	type TransactAsset = Balances;
	type RuntimeCall = RuntimeCall;

	fn worst_case_response() -> (u64, Response) {
		(0, Response::Version(Default::default()))
	}

	fn worst_case_asset_exchange() -> Result<(XcmAssets, XcmAssets), BenchmarkError> {
		// No asset exchanger (`AssetExchanger = ()`).
		Err(BenchmarkError::Skip)
	}

	fn universal_alias() -> Result<(Location, Junction), BenchmarkError> {
		// No universal aliases (`UniversalAliases = Nothing`).
		Err(BenchmarkError::Skip)
	}

	fn transact_origin_and_runtime_call() -> Result<(Location, RuntimeCall), BenchmarkError> {
		Ok((
			AssetHubLocation::get(),
			frame_system::Call::remark_with_event { remark: vec![] }.into(),
		))
	}

	fn subscribe_origin() -> Result<Location, BenchmarkError> {
		Ok(AssetHubLocation::get())
	}

	fn claimable_asset() -> Result<(Location, Location, XcmAssets), BenchmarkError> {
		let assets: XcmAssets = (DotLocation::get(), 1_000 * DOT_UNIT).into();
		Ok((AssetHubLocation::get(), Location::here(), assets))
	}

	fn worst_case_for_trader() -> Result<(Asset, WeightLimit), BenchmarkError> {
		// DOT: PLX's and USDT's traders are tried and refuse it first, then the hub-asset
		// trader reads the registry and the asset's minimum balance.
		Ok((
			(DotLocation::get(), 100 * DOT_UNIT).into(),
			WeightLimit::Limited(Weight::from_parts(1_000_000_000, 64 * 1024)),
		))
	}

	fn unlockable_asset() -> Result<(Location, Location, Asset), BenchmarkError> {
		// No asset locker (`AssetLocker = ()`).
		Err(BenchmarkError::Skip)
	}

	fn export_message_origin_and_destination(
	) -> Result<(Location, NetworkId, InteriorLocation), BenchmarkError> {
		// No bridges (`MessageExporter = ()`).
		Err(BenchmarkError::Skip)
	}

	fn alias_origin() -> Result<(Location, Location), BenchmarkError> {
		// An alias authorised on-chain through `pallet-xcm`, the last of `TrustedAliasers`, with
		// every authorisation slot of the account taken: every cheaper aliaser is tried first.
		Ok(parachains_common::benchmarking::set_up_worst_case_authorized_alias::<Runtime>())
	}
}

/// The Plexus pallets' benchmark helpers (`BenchmarkHelper` of each pallet's `Config`): vaults,
/// assets and destinations created the way governance creates them.
pub mod helpers {
	use super::*;
	use crate::configs::{xcm_config, HubAssetsOwner, TreasuryAccount};

	/// A governed vault of `asset` created by `Root`, uncapped, for the benchmarks, with a
	/// performance fee of 10%: a reported gain mints fee shares to the treasury (the worst case
	/// of `report`, `force_report` and the responses that settle a gain).
	fn bench_governed_vault(asset: crate::AssetId) -> plexus_primitives::VaultId {
		let vault = pallet_vaults::NextVaultId::<Runtime>::get();
		crate::Vaults::create_vault(
			RuntimeOrigin::root(),
			asset,
			pallet_vaults::VaultKind::Governed,
			u128::MAX,
			0,
			1_000,
			1,
			b"Bench vault".to_vec().try_into().expect("short"),
			b"pxB".to_vec().try_into().expect("short"),
		)
		.expect("the asset exists");
		vault
	}

	/// Vaults and assets for the gauges' benchmarks: governed USDT vaults created by `Root`, and
	/// co-incentive assets force-created by `Root`.
	pub struct GaugesBenchmarkHelper;
	impl pallet_gauges::benchmarking::BenchmarkHelper<Runtime> for GaugesBenchmarkHelper {
		fn create_vault() -> plexus_primitives::VaultId {
			bench_governed_vault(plexus_primitives::assets::USDT)
		}
		fn create_strategy(
			vault: plexus_primitives::VaultId,
		) -> Option<plexus_primitives::StrategyId> {
			crate::Strategies::register_strategy(
				RuntimeOrigin::root(),
				alloc::boxed::Box::new(StrategiesBenchmarkHelper::params(vault)),
			)
			.ok()?;
			Some(pallet_strategies::NextStrategyId::<Runtime>::get() - 1)
		}
		fn create_asset(seed: u32) -> crate::AssetId {
			use frame_support::traits::fungibles::Inspect;
			let asset = 500_000 + seed;
			if !crate::Assets::asset_exists(asset) {
				crate::Assets::force_create(
					RuntimeOrigin::root(),
					asset.into(),
					sp_runtime::MultiAddress::Id(HubAssetsOwner::get()),
					true,
					1,
				)
				.expect("free id");
			}
			asset
		}
		fn fund_asset(asset: crate::AssetId, who: &AccountId, amount: Balance) {
			use frame_support::traits::fungibles::Mutate;
			<crate::Assets as Mutate<AccountId>>::mint_into(asset, who, amount).expect("exists");
		}
	}

	/// Vaults and destinations for the strategies' benchmarks: governed USDT vaults created by
	/// `Root`, Asset Hub as destination with an open HRMP channel.
	pub struct StrategiesBenchmarkHelper;
	impl StrategiesBenchmarkHelper {
		/// A strategy of `vault` on Asset Hub.
		pub fn params(
			vault: plexus_primitives::VaultId,
		) -> pallet_strategies::StrategyParamsOf<Runtime> {
			use pallet_strategies::*;
			StrategyParams {
				vault,
				destination: xcm_config::AssetHubLocation::get(),
				adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 },
				cap: u128::MAX,
				max_report_change_bps: 1_000,
				max_report_age: crate::DAYS,
				report_origin: ReportOrigin::Account(TreasuryAccount::get()),
				remote_fee: 1_000_000_000,
				min_operation: 0,
				rebalance_threshold_bps: 0,
			}
		}
	}
	impl pallet_strategies::benchmarking::BenchmarkHelper<Runtime> for StrategiesBenchmarkHelper {
		fn governed_vault(idle: u128) -> plexus_primitives::VaultId {
			use pallet_gauges::benchmarking::BenchmarkHelper as _;
			let vault = GaugesBenchmarkHelper::create_vault();
			if idle > 0 {
				let who: AccountId = frame_benchmarking::account("depositor", vault, 0);
				GaugesBenchmarkHelper::fund_asset(plexus_primitives::assets::USDT, &who, idle);
				crate::Vaults::deposit(RuntimeOrigin::signed(who), vault, idle, 0)
					.expect("the vault takes deposits");
			}
			vault
		}
		fn asset_reserve() -> xcm::latest::Location {
			use frame_support::traits::fungible::Mutate;
			ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(
				plexus_primitives::assets::ASSET_HUB_PARA_ID.into(),
			);
			let _ = Balances::mint_into(&crate::Strategies::account_id(), 1_000 * crate::UNIT);
			xcm_config::AssetHubLocation::get()
		}
		fn fund_delivery(who: &AccountId) {
			use frame_support::traits::fungible::Mutate;
			let _ = Balances::mint_into(who, 1_000 * crate::UNIT);
		}
		/// The strategy's allocation gauge (created by `Root` if it has none), a voter who locks
		/// PLX and votes all of its weight for it, and the next epoch, in which the vote is in
		/// force.
		fn give_all_gauge_weight(
			vault: plexus_primitives::VaultId,
			strategy: plexus_primitives::StrategyId,
		) -> bool {
			use frame_support::traits::fungible::Mutate;
			use plexus_primitives::AllocationWeights;
			let gauge_of = || {
				pallet_gauges::AllocationGauges::<Runtime>::get(vault)
					.into_iter()
					.find(|(s, _)| *s == strategy)
					.map(|(_, gauge)| gauge)
			};
			if gauge_of().is_none() {
				let kind = pallet_gauges::GaugeKind::Allocation { vault, strategy };
				let _ = crate::Gauges::create_gauge(RuntimeOrigin::root(), kind);
			}
			let Some(gauge) = gauge_of() else {
				return false;
			};
			let voter: AccountId = frame_benchmarking::account("voter", strategy, 0);
			let _ = Balances::mint_into(&voter, 1_000_000 * crate::UNIT);
			let epoch = crate::Gauges::current_epoch();
			let locked = crate::Gauges::lock(
				RuntimeOrigin::signed(voter.clone()),
				100_000 * crate::UNIT,
				epoch.saturating_add(52),
			);
			let votes = alloc::vec![(gauge, plexus_primitives::bps::MAX_BPS)];
			let voted = crate::Gauges::vote(
				RuntimeOrigin::signed(voter),
				votes.try_into().expect("one vote is within the bound"),
			);
			if locked.is_err() || voted.is_err() {
				return false;
			}
			let next = crate::Gauges::epoch_start(epoch.saturating_add(1));
			frame_system::Pallet::<Runtime>::set_block_number(next);
			crate::Gauges::strategy_weights(vault)
				.iter()
				.any(|(s, w)| *s == strategy && w.deconstruct() > 0)
		}
	}

	/// Assets, balances and vaults for the intents' benchmarks.
	pub struct IntentsBenchmarkHelper;
	impl pallet_intents::benchmarking::BenchmarkHelper<Runtime> for IntentsBenchmarkHelper {
		fn create_asset(seed: u32) -> crate::AssetId {
			use pallet_gauges::benchmarking::BenchmarkHelper as _;
			GaugesBenchmarkHelper::create_asset(100_000 + seed)
		}
		fn fund(asset: crate::AssetId, who: &AccountId, amount: Balance) {
			use frame_support::traits::fungible::Mutate;
			use pallet_gauges::benchmarking::BenchmarkHelper as _;
			if Balances::free_balance(who) < 100 * crate::UNIT {
				let _ = Balances::mint_into(who, 100 * crate::UNIT);
			}
			GaugesBenchmarkHelper::fund_asset(asset, who, amount);
		}
		fn create_vault(asset: crate::AssetId) -> plexus_primitives::VaultId {
			bench_governed_vault(asset)
		}
		fn pause_vault(vault: plexus_primitives::VaultId) {
			let _ = crate::Vaults::pause(RuntimeOrigin::root(), vault);
		}
		/// Writes `n` active strategies of `vault` as `register_strategy` writes them (the
		/// intents' benchmark assets are not hub assets, which registration requires), each
		/// with a reported yield, and the vault's view of them: what the deposit matcher reads
		/// per candidate vault.
		fn add_strategies(vault: plexus_primitives::VaultId, n: u32) {
			use pallet_strategies::*;
			let Some(asset) = pallet_vaults::Vaults::<Runtime>::get(vault).map(|v| v.asset) else {
				return;
			};
			let now = frame_system::Pallet::<Runtime>::block_number();
			for _ in 0..n {
				let id = NextStrategyId::<Runtime>::get();
				if VaultStrategies::<Runtime>::try_mutate(vault, |list| list.try_push(id)).is_err()
				{
					return;
				}
				Strategies::<Runtime>::insert(
					id,
					Strategy {
						params: StrategiesBenchmarkHelper::params(vault),
						asset,
						status: StrategyStatus::Active,
						debt: 0,
						in_transit: 0,
						last_report: now,
						last_rebalance: None,
						operation: None,
						yield_bps: 500,
						window: ReportWindow { start: now, base: 0, moved: 0 },
						held_report: None,
					},
				);
				NextStrategyId::<Runtime>::put(id.saturating_add(1));
			}
			VaultViews::<Runtime>::insert(vault, crate::Strategies::view_from_strategies(vault));
		}
	}
}
pub use helpers::*;
