//! A mock runtime for the vaults pallet: `frame-system`, `pallet-balances`, `pallet-assets`
//! (with the vaults as its freezer) and the vaults.

use crate as pallet_vaults;
use crate::{types::*, VaultKindOf};
use polkadot_sdk::{
	frame_support::{
		self, derive_impl, ord_parameter_types, parameter_types,
		traits::{
			fungibles::{metadata::Mutate as MetadataMutate, Create, Inspect, Mutate},
			AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, ConstU8, Hooks,
		},
		PalletId,
	},
	frame_system::{self, EnsureRoot, EnsureSignedBy},
	pallet_assets, pallet_balances, sp_io,
	sp_runtime::{traits::MaybeEquivalence, BuildStorage},
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Vaults: pallet_vaults,
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
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = u128;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<u64>>;
	type ForceOrigin = EnsureRoot<u64>;
	type Freezer = Vaults;
	type Holder = ();
	// Asset owners here are keyless (vault accounts): metadata costs no deposit.
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
}

/// The admin (governance) account and the guardian account of the tests.
pub const ADMIN: u64 = 100;
/// The guardian account.
pub const GUARDIAN: u64 = 101;
/// The treasury: receives performance fees.
pub const TREASURY: u64 = 102;
/// The curator of curated vaults.
pub const CURATOR: u64 = 103;
/// A partner funding a campaign's reward.
pub const PARTNER: u64 = 104;
/// Depositors.
pub const ALICE: u64 = 1;
/// Depositors.
pub const BOB: u64 = 2;
/// Depositors.
pub const CHARLIE: u64 = 3;
/// The attacker of the attack tests.
pub const EVE: u64 = 666;

/// The asset of the vaults (6 decimals, like USDT).
pub const USDT: u32 = 1984;
/// Share tokens get ids from here on.
pub const FIRST_SHARE_ASSET: u32 = 1_000_000;
/// Blocks over which a gain unlocks in the tests.
pub const UNLOCK_PERIOD: u64 = 100;

ord_parameter_types! {
	pub const Admin: u64 = ADMIN;
	pub const Guardian: u64 = GUARDIAN;
}

parameter_types! {
	pub const VaultsPalletId: PalletId = PalletId(*b"plx/vlts");
	pub const Treasury: u64 = TREASURY;
}

/// Share token id of a vault: `FIRST_SHARE_ASSET + vault`.
pub struct ShareAssetIdOf;
impl MaybeEquivalence<VaultId, u32> for ShareAssetIdOf {
	fn convert(vault: &VaultId) -> Option<u32> {
		FIRST_SHARE_ASSET.checked_add(*vault)
	}
	fn convert_back(asset: &u32) -> Option<VaultId> {
		asset.checked_sub(FIRST_SHARE_ASSET)
	}
}

impl pallet_vaults::Config for Test {
	type Assets = Assets;
	type ShareAssetId = ShareAssetIdOf;
	type AdminOrigin = EnsureSignedBy<Admin, u64>;
	type GuardianOrigin = EnsureSignedBy<Guardian, u64>;
	type PalletId = VaultsPalletId;
	type Delta = ConstU8<6>;
	type ProfitUnlockPeriod = ConstU64<UNLOCK_PERIOD>;
	type MaxOpenRequests = ConstU32<4>;
	type MaxFinalizeBatch = ConstU32<10>;
	type MaxClaimBatch = ConstU32<8>;
	type MaxPartnerRewards = ConstU32<2>;
	type StringLimit = ConstU32<32>;
	type FeeRecipient = Treasury;
	type DepositGate = MockGate;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// The price gate of `pallet-strategies`, set by tests: [`set_price_in_doubt`] pauses the
/// vault's deposits and finalizations as a stale strategy or a held loss does.
pub struct MockGate;
impl plexus_primitives::DepositGate for MockGate {
	fn deposits_paused(vault: VaultId) -> bool {
		polkadot_sdk::frame_support::storage::unhashed::get_or_default(&gate_key(vault))
	}
	fn finalization_paused(vault: VaultId) -> bool {
		Self::deposits_paused(vault)
	}
}

fn gate_key(vault: VaultId) -> alloc::vec::Vec<u8> {
	codec::Encode::encode(&(b":gate", vault))
}

/// Marks `vault`'s price as in doubt (or sure again).
pub fn set_price_in_doubt(vault: VaultId, doubt: bool) {
	polkadot_sdk::frame_support::storage::unhashed::put(&gate_key(vault), &doubt);
}

/// Externalities with USDT created (sufficient, min balance 1, 6 decimals) and 1 000 000 USDT
/// for Alice, Bob, Charlie, Eve and the partner.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		<Assets as Create<u64>>::create(USDT, ADMIN, true, 1).unwrap();
		<Assets as MetadataMutate<u64>>::set(USDT, &ADMIN, b"Tether".to_vec(), b"USDT".to_vec(), 6)
			.unwrap();
		for who in [ALICE, BOB, CHARLIE, EVE, PARTNER] {
			<Assets as Mutate<u64>>::mint_into(USDT, &who, usdt(1_000_000)).unwrap();
		}
	});
	ext
}

/// `n` whole USDT in planck.
pub const fn usdt(n: u128) -> u128 {
	n * 1_000_000
}

/// Creates a governed USDT vault with no cap and no fee; returns its id.
pub fn create_governed() -> VaultId {
	create_vault(VaultKind::Governed, 0)
}

/// Creates a USDT vault of `kind` with a performance fee of `fee_bps`; returns its id.
pub fn create_vault(kind: VaultKindOf<Test>, fee_bps: u16) -> VaultId {
	let id = pallet_vaults::NextVaultId::<Test>::get();
	Vaults::create_vault(
		RuntimeOrigin::signed(ADMIN),
		USDT,
		kind,
		u128::MAX,
		1_000,
		fee_bps,
		1,
		b"Plexus USDT".to_vec().try_into().unwrap(),
		b"pUSDT".to_vec().try_into().unwrap(),
	)
	.unwrap();
	id
}

/// Balance of `asset` of `who`.
pub fn balance(asset: u32, who: u64) -> u128 {
	<Assets as Inspect<u64>>::balance(asset, &who)
}

/// The share token of `vault`.
pub fn share_of(vault: VaultId) -> u32 {
	ShareAssetIdOf::convert(&vault).expect("in range")
}

/// Shares of `who` in `vault`.
pub fn shares(vault: VaultId, who: u64) -> u128 {
	balance(share_of(vault), who)
}

/// Moves to block `n`.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
	}
}

/// Runs `on_idle` of the vaults with `weight`.
pub fn on_idle(weight: polkadot_sdk::frame_support::weights::Weight) {
	<Vaults as Hooks<u64>>::on_idle(System::block_number(), weight);
}

/// The events of the vaults pallet so far.
pub fn vault_events() -> Vec<pallet_vaults::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Vaults(e) => Some(e),
			_ => None,
		})
		.collect()
}
