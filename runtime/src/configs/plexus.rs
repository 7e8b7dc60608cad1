//! The four Plexus pallets (`pallets/README.md`): vaults, gauges (the epoch clock), strategies
//! (XCM to strategies' chains) and intents (batch auctions, [`IntentsDelivery`] of outputs to other
//! chains). Their benchmark helpers are in `crate::benchmarks`.

use super::*;

parameter_types! {
	/// Id of the vault accounts (`plx/vlts` sub-accounts of the vault id).
	pub const VaultsPalletId: PalletId = PalletId(*b"plx/vlts");
	/// Reported gains unlock over 3 days.
	pub const ProfitUnlockPeriod: BlockNumber = 3 * crate::DAYS;
}

/// Share token ids: `FIRST_SHARE_ASSET_ID + vault id`, above every hub asset id; and back.
pub struct ShareAssetIdOf;
impl sp_runtime::traits::MaybeEquivalence<plexus_primitives::VaultId, crate::AssetId>
	for ShareAssetIdOf
{
	fn convert(vault: &plexus_primitives::VaultId) -> Option<crate::AssetId> {
		plexus_primitives::assets::FIRST_SHARE_ASSET_ID.checked_add(*vault)
	}
	fn convert_back(asset: &crate::AssetId) -> Option<plexus_primitives::VaultId> {
		asset.checked_sub(plexus_primitives::assets::FIRST_SHARE_ASSET_ID)
	}
}

impl pallet_vaults::Config for Runtime {
	type Assets = crate::Assets;
	type ShareAssetId = ShareAssetIdOf;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type GuardianOrigin =
		EitherOfDiverse<EnsureRoot<AccountId>, crate::governance::LiquidityGuardian>;
	type PalletId = VaultsPalletId;
	type Delta = ConstU8<6>;
	type ProfitUnlockPeriod = ProfitUnlockPeriod;
	type MaxOpenRequests = ConstU32<16>;
	type MaxFinalizeBatch = ConstU32<32>;
	type MaxClaimBatch = ConstU32<16>;
	type MaxPartnerRewards = ConstU32<4>;
	type StringLimit = AssetsStringLimit;
	type FeeRecipient = TreasuryAccount;
	type DepositGate = crate::Strategies;
	type WeightInfo = crate::weights::pallet_vaults::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	/// Account holding co-incentive pots and staked shares (`plx/gaug`).
	pub const GaugesPalletId: PalletId = PalletId(*b"plx/gaug");
	/// Gauge epochs last a week, as Curve's.
	pub const GaugeEpochLength: BlockNumber = 7 * crate::DAYS;
	/// PLX emitted per epoch over all emission gauges: 50 000 PLX a week.
	pub const EmissionPerEpoch: Balance = 50_000 * crate::UNIT;
	/// The smallest vote-escrow lock: 1 PLX.
	pub const MinLockAmount: Balance = crate::UNIT;
}

impl pallet_gauges::Config for Runtime {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Assets = crate::Assets;
	type Vaults = crate::Vaults;
	type Strategies = crate::Strategies;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type PalletId = GaugesPalletId;
	type EpochLength = GaugeEpochLength;
	// Two years of weekly epochs.
	type MaxLockEpochs = ConstU32<104>;
	type MinLockAmount = MinLockAmount;
	type EmissionPerEpoch = EmissionPerEpoch;
	type MaxGauges = ConstU32<256>;
	type MaxGaugesPerVault = ConstU32<16>;
	type MaxVotes = ConstU32<16>;
	type MaxVoteHistory = ConstU32<4>;
	type MaxIncentivesPerEpoch = ConstU32<8>;
	// A co-incentive deposit is at least 100 × the asset's minimum balance (1 USDT for USDT).
	type MinIncentiveFactor = frame_support::traits::ConstU128<100>;
	type MaxClaimEpochs = ConstU32<16>;
	type KeeperGaugesPerBlock = ConstU32<8>;
	type WeightInfo = crate::weights::pallet_gauges::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::GaugesBenchmarkHelper;
}

parameter_types! {
	/// Account paying remote execution of strategies' programs (`plx/strt`).
	pub const StrategiesPalletId: PalletId = PalletId(*b"plx/strt");
	/// An operation without a response for a day may be resolved by governance.
	pub const StrategyQueryTimeout: BlockNumber = crate::DAYS;
	/// Remote execution is paid in the relay token (DOT/WND).
	pub const StrategiesFeeAsset: crate::AssetId = plexus_primitives::assets::DOT;
}

impl pallet_strategies::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type Assets = crate::Assets;
	type Vaults = crate::Vaults;
	type Gauges = crate::Gauges;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type XcmOrigin = pallet_xcm::EnsureXcm<frame_support::traits::Everything>;
	type ResponseOrigin = pallet_xcm::EnsureResponse<frame_support::traits::Everything>;
	type Xcm = xcm_config::StrategiesXcm;
	type LocationToAccountId = xcm_config::LocationToAccountId;
	type UniversalLocation = xcm_config::UniversalLocation;
	type RelayTokenReserve = xcm_config::AssetHubLocation;
	type PalletId = StrategiesPalletId;
	type FeeAsset = StrategiesFeeAsset;
	// Inflow windows and rebalances follow the gauges' weekly epochs: one clock.
	type Epochs = crate::Gauges;
	type QueryTimeout = StrategyQueryTimeout;
	type MaxStrategiesPerVault = ConstU32<16>;
	type MaxStaleHoldsCleared = ConstU32<16>;
	type WeightInfo = crate::weights::pallet_strategies::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::StrategiesBenchmarkHelper;
}

parameter_types! {
	/// Escrow of open intents (`plx/ints`).
	pub const IntentsPalletId: PalletId = PalletId(*b"plx/ints");
	/// A batch auction closes every minute.
	pub const IntentBatchPeriod: BlockNumber = 10;
	/// Intents live at most a week.
	pub const MaxIntentDuration: BlockNumber = 7 * crate::DAYS;
	/// Settlement uses at most 30% of a block's normal weight per block; larger settlements
	/// continue in the next blocks.
	pub IntentSettlementWeight: frame_support::weights::Weight =
		sp_runtime::Perbill::from_percent(30) * RuntimeBlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.unwrap_or(MAXIMUM_BLOCK_WEIGHT);
	/// The storage deposit of an intent is held as this reason.
	pub const IntentHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Intents(pallet_intents::HoldReason::IntentDeposit);
	/// Storage deposit of an intent: one item ...
	pub const IntentDepositBase: Balance = deposit(1, 0);
	/// ... and its bytes.
	pub const IntentDepositPerByte: Balance = deposit(0, 1);
}

impl pallet_intents::Config for Runtime {
	type Assets = crate::Assets;
	type Vaults = crate::Vaults;
	type Strategies = crate::Strategies;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		IntentHoldReason,
		frame_support::traits::LinearStoragePrice<IntentDepositBase, IntentDepositPerByte, Balance>,
	>;
	type Deliver = IntentsDelivery;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type PalletId = IntentsPalletId;
	type DustRecipient = TreasuryAccount;
	type BatchPeriod = IntentBatchPeriod;
	type MaxIntentDuration = MaxIntentDuration;
	type MinSizeFactor = frame_support::traits::ConstU128<10>;
	type MaxIntentsPerAccount = ConstU32<32>;
	// One pair (both books full, 256 intents) settles in one step within SettlementWeight
	// (30% of a block): ~225 ms and ~0.8 MB of proof with the benchmarked weights; the
	// pallet's integrity test checks it. A solution trades at most two full pairs' worth.
	type MaxBookSize = ConstU32<128>;
	type MaxSolutionFills = ConstU32<256>;
	type MaxSolutionAssets = ConstU32<16>;
	type MaxAllowedStrategies = ConstU32<16>;
	type MaxCandidateVaults = ConstU32<16>;
	type SettlementWeight = IntentSettlementWeight;
	type WeightInfo = crate::weights::pallet_intents::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::IntentsBenchmarkHelper;
}

/// Sends intents' outputs to other chains with `pallet-strategies`' reserve withdrawal: the
/// `deliver_to` location is split into the chain (`parents` and its `Parachain` junction, or
/// the relay chain) and the beneficiary there (the rest).
pub struct IntentsDelivery;
impl pallet_intents::Deliver<AccountId> for IntentsDelivery {
	fn deliver(
		who: &AccountId,
		asset: crate::AssetId,
		amount: Balance,
		to: &xcm::latest::Location,
	) -> sp_runtime::DispatchResult {
		use xcm::latest::{Junction, Location};
		let (destination, beneficiary) = match to.interior().clone().split_first() {
			(rest, Some(Junction::Parachain(id))) => {
				(Location::new(to.parents, [Junction::Parachain(id)]), Location::new(0, rest))
			},
			_ => (Location::new(to.parents, []), Location::new(0, to.interior().clone())),
		};
		crate::Strategies::do_withdraw_to(who.clone(), asset, amount, destination, beneficiary)
	}
	fn weight() -> frame_support::weights::Weight {
		use pallet_strategies::WeightInfo as _;
		crate::weights::pallet_strategies::WeightInfo::<Runtime>::withdraw_to()
	}
}
