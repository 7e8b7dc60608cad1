//! A mock runtime for the gauges pallet: `frame-system`, `pallet-balances` (PLX, with freezes),
//! `pallet-assets` (hub assets and share tokens) and the gauges; vaults and strategies are
//! fixed tables.

use crate as pallet_gauges;
use crate::types::*;
use plexus_primitives::{StrategyInspect, VaultInspect};
use polkadot_sdk::{
	frame_support::{
		self, derive_impl, ord_parameter_types, parameter_types,
		traits::{
			fungibles::{Create, Inspect, Mutate},
			AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, Hooks,
		},
		PalletId,
	},
	frame_system::{self, EnsureRoot, EnsureSignedBy},
	pallet_assets, pallet_balances, sp_io,
	sp_runtime::BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Gauges: pallet_gauges,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
	type DbWeight = MockDbWeight;
}

parameter_types! {
	/// The database weights: polkadot-sdk's reference `RocksDbWeight`, set otherwise only by the
	/// weight audit (`tests/weight_audit.rs`), which probes the reads and writes a weight declares.
	pub static MockDbWeight: polkadot_sdk::frame_support::weights::RuntimeDbWeight =
		polkadot_sdk::frame_support::weights::constants::RocksDbWeight::get();
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<2>;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = u128;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<u64>>;
	type ForceOrigin = EnsureRoot<u64>;
	type Freezer = ();
	type Holder = ();
}

/// The admin (governance) account.
pub const ADMIN: u64 = 100;
/// Voters and stakers.
pub const ALICE: u64 = 1;
/// Voters and stakers.
pub const BOB: u64 = 2;
/// Voters and stakers.
pub const CHARLIE: u64 = 3;
/// A DAO paying co-incentives.
pub const DAO: u64 = 50;
/// An account with no PLX.
pub const NOBODY: u64 = 99;

/// A hub asset for co-incentives.
pub const USDT: u32 = 1984;
/// Another hub asset for co-incentives.
pub const DOT: u32 = 1;
/// The governed vault.
pub const GOVERNED: VaultId = 0;
/// The curated vault.
pub const CURATED: VaultId = 1;
/// Strategies of the governed vault.
pub const STRATEGY_A: StrategyId = 10;
/// Strategies of the governed vault.
pub const STRATEGY_B: StrategyId = 11;
/// Strategies of the governed vault.
pub const STRATEGY_C: StrategyId = 12;
/// A strategy of the curated vault.
pub const CURATED_STRATEGY: StrategyId = 20;

/// Blocks per epoch in the tests.
pub const EPOCH: u64 = 10;
/// Longest lock, epochs.
pub const MAX_LOCK: u32 = 20;
/// PLX emitted per epoch.
pub const EMISSION: u128 = 1_000_000;

/// Share token of a vault in the mock.
pub fn share_of(vault: VaultId) -> u32 {
	1_000_000 + vault
}

/// Vaults in the mock: 0 to `VAULTS − 1`; all governed but vault 1 (curated).
pub const VAULTS: u32 = 8;

/// The mock's vaults: [`GOVERNED`], [`CURATED`] and more governed ones for the benchmarks.
pub struct MockVaults;
impl VaultInspect<u32> for MockVaults {
	fn share_asset(vault: VaultId) -> Option<u32> {
		(vault < VAULTS).then(|| share_of(vault))
	}
	fn is_governed(vault: VaultId) -> bool {
		vault < VAULTS && vault != CURATED
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for () {
	fn create_vault() -> VaultId {
		// Kept in storage, so every benchmark run starts again from vault 2.
		const KEY: &[u8] = b":bench:next_vault";
		let vault = frame_support::storage::unhashed::get_or(KEY, 2u32);
		assert!(vault < VAULTS, "the mock has {VAULTS} vaults");
		frame_support::storage::unhashed::put(KEY, &(vault + 1));
		vault
	}
	fn create_strategy(_: VaultId) -> Option<StrategyId> {
		None
	}
	fn create_asset(seed: u32) -> u32 {
		let asset = 2_000 + seed;
		if !<Assets as Inspect<u64>>::asset_exists(asset) {
			<Assets as Create<u64>>::create(asset, ADMIN, true, 1).unwrap();
		}
		asset
	}
	fn fund_asset(asset: u32, who: &u64, amount: u128) {
		<Assets as Mutate<u64>>::mint_into(asset, who, amount).unwrap();
	}
}

/// Strategies A, B, C of the governed vault and one of the curated vault.
pub struct MockStrategies;
impl StrategyInspect for MockStrategies {
	fn strategy_vault(strategy: StrategyId) -> Option<VaultId> {
		match strategy {
			STRATEGY_A | STRATEGY_B | STRATEGY_C => Some(GOVERNED),
			CURATED_STRATEGY => Some(CURATED),
			_ => None,
		}
	}
}

ord_parameter_types! {
	pub const Admin: u64 = ADMIN;
}

parameter_types! {
	pub const GaugesPalletId: PalletId = PalletId(*b"plx/gaug");
}

impl pallet_gauges::Config for Test {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Assets = Assets;
	type Vaults = MockVaults;
	type Strategies = MockStrategies;
	type AdminOrigin = EnsureSignedBy<Admin, u64>;
	type PalletId = GaugesPalletId;
	type EpochLength = ConstU64<EPOCH>;
	type MaxLockEpochs = ConstU32<MAX_LOCK>;
	type MinLockAmount = ConstU128<10>;
	type EmissionPerEpoch = ConstU128<EMISSION>;
	type MaxGauges = ConstU32<16>;
	type MaxGaugesPerVault = ConstU32<3>;
	type MaxVotes = ConstU32<4>;
	type MaxVoteHistory = ConstU32<3>;
	type MaxIncentivesPerEpoch = ConstU32<3>;
	type MinIncentiveFactor = ConstU128<10>;
	type MaxClaimEpochs = ConstU32<8>;
	type KeeperGaugesPerBlock = ConstU32<2>;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Externalities at block 1 (epoch 0): 1 000 000 PLX planck for Alice, Bob, Charlie and the DAO;
/// USDT, DOT and the two share tokens created (sufficient, min balance 1) with 1 000 000 of each
/// for the same accounts.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [ALICE, BOB, CHARLIE, DAO].iter().map(|w| (*w, 1_000_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		for asset in [USDT, DOT].into_iter().chain((0..VAULTS).map(share_of)) {
			<Assets as Create<u64>>::create(asset, ADMIN, true, 1).unwrap();
			for who in [ALICE, BOB, CHARLIE, DAO] {
				<Assets as Mutate<u64>>::mint_into(asset, &who, 1_000_000).unwrap();
			}
		}
	});
	ext
}

/// Balance of `asset` of `who`.
pub fn balance(asset: u32, who: u64) -> u128 {
	<Assets as Inspect<u64>>::balance(asset, &who)
}

/// Moves to block `n`, running the gauges' `on_initialize` in every block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Gauges as Hooks<u64>>::on_initialize(next);
	}
}

/// Moves to the first block of epoch `epoch`, and `extra` blocks past it.
pub fn run_to_epoch(epoch: u32, extra: u64) {
	run_to_block(u64::from(epoch) * EPOCH + extra);
}

/// The events of the gauges pallet so far.
pub fn gauge_events() -> Vec<pallet_gauges::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Gauges(e) => Some(e),
			_ => None,
		})
		.collect()
}
