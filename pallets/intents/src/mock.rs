//! A mock runtime for the intents pallet: `frame-system`, `pallet-balances` (PLX, with holds
//! for intent deposits), `pallet-assets` (hub assets and share tokens) and the intents. Vaults
//! are a small ERC-4626 ledger in unhashed storage (offset 1, a FIFO redemption queue);
//! strategies and reported yields are a table the tests set.

use crate as pallet_intents;
use codec::{Decode, Encode};
use plexus_primitives::{
	SharePrice, StrategyId, StrategyInspect, VaultId, VaultIntents, VaultTerms,
};
use polkadot_sdk::{
	frame_support::{
		self, derive_impl, ord_parameter_types, parameter_types,
		storage::unhashed,
		traits::{
			fungible::HoldConsideration,
			fungibles::{Create, Inspect, Mutate},
			tokens::{Fortitude, Precision, Preservation},
			AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, Hooks, LinearStoragePrice,
		},
		weights::Weight,
		PalletId,
	},
	frame_system::{self, EnsureRoot, EnsureSignedBy},
	pallet_assets, pallet_balances, sp_io,
	sp_runtime::{BuildStorage, DispatchError, ModuleError},
	staging_xcm::latest::{Junction, Location},
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Intents: pallet_intents,
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
	/// Whether [`MockWeights`] are the benchmarked `SubstrateWeight<Test>` (set by the weight
	/// audit only) rather than the 1 ms / 1 KB settlement steps the other tests rely on.
	pub static RealWeights: bool = false;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
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
/// The treasury: receives rounding dust.
pub const TREASURY: u64 = 102;
/// Users.
pub const ALICE: u64 = 1;
/// Users.
pub const BOB: u64 = 2;
/// Users.
pub const CHARLIE: u64 = 3;
/// Users.
pub const DAVE: u64 = 4;
/// A solver.
pub const SOLVER: u64 = 7;
/// An account with no PLX for deposits.
pub const NOBODY: u64 = 99;

/// Hub assets: DOT (existential deposit 10).
pub const DOT: u32 = 1;
/// Hub assets: ETH (existential deposit 10).
pub const ETH: u32 = 2;
/// Hub assets: USDT (existential deposit 10).
pub const USDT: u32 = 1984;
/// Minimum size of an intent: 10 × the existential deposit.
pub const MIN_SIZE: u128 = 100;
/// Storage deposit of an intent, PLX planck.
pub const INTENT_DEPOSIT: u128 = 10;
/// Blocks a batch stays open.
pub const BATCH: u64 = 5;
/// Longest intent, blocks.
pub const MAX_DURATION: u64 = 100;
/// Open intents per book.
pub const MAX_BOOK: u32 = 64;

ord_parameter_types! {
	pub const Admin: u64 = ADMIN;
}

parameter_types! {
	pub const IntentsPalletId: PalletId = PalletId(*b"plx/ints");
	pub const Treasury: u64 = TREASURY;
	pub const IntentHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Intents(pallet_intents::HoldReason::IntentDeposit);
}

/// Settlement budget per block: [`set_settlement_budget`] steps, unlimited by default.
pub struct SettlementWeight;
impl polkadot_sdk::frame_support::traits::Get<Weight> for SettlementWeight {
	fn get() -> Weight {
		match unhashed::get::<u64>(b":budget") {
			Some(steps) => STEP.saturating_mul(steps),
			None => Weight::from_parts(u64::MAX / 4, u64::MAX / 4),
		}
	}
}

impl pallet_intents::Config for Test {
	type Assets = Assets;
	type Vaults = MockVaults;
	type Strategies = MockStrategies;
	type Consideration = HoldConsideration<
		u64,
		Balances,
		IntentHoldReason,
		LinearStoragePrice<ConstU128<INTENT_DEPOSIT>, ConstU128<0>, u128>,
	>;
	type Deliver = MockDeliver;
	type AdminOrigin = EnsureSignedBy<Admin, u64>;
	type PalletId = IntentsPalletId;
	type DustRecipient = Treasury;
	type BatchPeriod = ConstU64<BATCH>;
	type MaxIntentDuration = ConstU64<MAX_DURATION>;
	type MinSizeFactor = ConstU128<10>;
	type MaxIntentsPerAccount = ConstU32<8>;
	type MaxBookSize = ConstU32<MAX_BOOK>;
	type MaxSolutionFills = ConstU32<64>;
	type MaxSolutionAssets = ConstU32<8>;
	type MaxAllowedStrategies = ConstU32<4>;
	type MaxCandidateVaults = ConstU32<8>;
	type SettlementWeight = SettlementWeight;
	type WeightInfo = MockWeights;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Every step of settlement weighs 1 ms and 1 KB, so tests can bound a block's settlement; under
/// [`RealWeights`] (the weight audit) every function is `SubstrateWeight<Test>`'s.
pub struct MockWeights;
/// The benchmarked weights, with the mock's `DbWeight`.
type Real = crate::weights::SubstrateWeight<Test>;
impl crate::WeightInfo for MockWeights {
	fn submit_swap() -> Weight {
		if RealWeights::get() {
			return Real::submit_swap();
		}
		Weight::zero()
	}
	fn submit_redeem() -> Weight {
		if RealWeights::get() {
			return Real::submit_redeem();
		}
		Weight::zero()
	}
	fn submit_deposit() -> Weight {
		if RealWeights::get() {
			return Real::submit_deposit();
		}
		Weight::zero()
	}
	fn cancel() -> Weight {
		if RealWeights::get() {
			return Real::cancel();
		}
		Weight::zero()
	}
	fn clean_up() -> Weight {
		if RealWeights::get() {
			return Real::clean_up();
		}
		Weight::zero()
	}
	fn submit_solution(n: u32) -> Weight {
		if RealWeights::get() {
			return Real::submit_solution(n);
		}
		Weight::zero()
	}
	fn reference_clearing(n: u32) -> Weight {
		if RealWeights::get() {
			return Real::reference_clearing(n);
		}
		Weight::zero()
	}
	fn set_valuation_price() -> Weight {
		if RealWeights::get() {
			return Real::set_valuation_price();
		}
		Weight::zero()
	}
	fn claim_unclaimed() -> Weight {
		if RealWeights::get() {
			return Real::claim_unclaimed();
		}
		Weight::zero()
	}
	fn on_initialize_idle() -> Weight {
		if RealWeights::get() {
			return Real::on_initialize_idle();
		}
		Weight::zero()
	}
	fn close_batch() -> Weight {
		if RealWeights::get() {
			return Real::close_batch();
		}
		Weight::zero()
	}
	fn apply_fill() -> Weight {
		if RealWeights::get() {
			return Real::apply_fill();
		}
		STEP
	}
	fn clear_pair(n: u32) -> Weight {
		if RealWeights::get() {
			return Real::clear_pair(n);
		}
		STEP.saturating_mul(n.into())
	}
	fn net_vault(n: u32) -> Weight {
		if RealWeights::get() {
			return Real::net_vault(n);
		}
		STEP.saturating_mul(n.into())
	}
	fn net_vault_queue(n: u32) -> Weight {
		if RealWeights::get() {
			return Real::net_vault_queue(n);
		}
		STEP.saturating_mul(n.into())
	}
	fn net_vault_rematch(n: u32) -> Weight {
		if RealWeights::get() {
			return Real::net_vault_rematch(n);
		}
		STEP.saturating_mul(n.into())
	}
	fn finish_settlement() -> Weight {
		if RealWeights::get() {
			return Real::finish_settlement();
		}
		Weight::zero()
	}
	fn expire_intent() -> Weight {
		if RealWeights::get() {
			return Real::expire_intent();
		}
		STEP
	}
}

/// The weight of one settlement step in the mock.
pub const STEP: Weight = Weight::from_parts(1_000_000_000, 1_024);

/// Sets the settlement budget per block (unlimited by default).
pub fn set_settlement_budget(steps: u64) {
	unhashed::put(b":budget", &steps);
}

// ---------------------------------------------------------------------------------------------
// Vaults.

/// A vault of the mock: an ERC-4626 ledger with offset 1 (`δ = 0`).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, Default)]
pub struct MockVault {
	/// The asset.
	pub asset: u32,
	/// Total assets `A`.
	pub assets: u128,
	/// Governed or curated.
	pub governed: bool,
	/// Minimum hold of new shares, blocks.
	pub lockup: u64,
	/// Whether deposits are open.
	pub open: bool,
	/// Whether it is paused (no deposits, no redemptions).
	pub paused: bool,
	/// Deposit cap on `A`.
	pub cap: u128,
	/// Shares burnt into the redemption queue, still counted in `S`.
	pub queued: u128,
	/// The redemption queue: `(owner, shares)`.
	pub queue: Vec<(u64, u128)>,
}

/// Share token of a vault.
pub fn share_of(vault: VaultId) -> u32 {
	1_000_000 + vault
}

/// Account of a vault.
pub fn vault_account(vault: VaultId) -> u64 {
	5_000 + u64::from(vault)
}

fn vault_key(vault: VaultId) -> Vec<u8> {
	(b":vault:", vault).encode()
}

/// A vault of the mock.
pub fn vault(id: VaultId) -> Option<MockVault> {
	unhashed::get(&vault_key(id))
}

/// Changes a vault of the mock.
pub fn mutate_vault(id: VaultId, f: impl FnOnce(&mut MockVault)) {
	let mut v = vault(id).expect("vault exists");
	f(&mut v);
	unhashed::put(&vault_key(id), &v);
}

/// Creates vault `id` for `asset` and its share token; `seed` assets from the treasury at a
/// price of one share per planck.
pub fn create_vault(id: VaultId, asset: u32, governed: bool, lockup: u64, seed: u128) {
	<Assets as Create<u64>>::create(share_of(id), ADMIN, true, 1).unwrap();
	unhashed::put(
		&vault_key(id),
		&MockVault { asset, governed, lockup, open: true, cap: u128::MAX, ..Default::default() },
	);
	if seed > 0 {
		MockVaults::deposit(&TREASURY, id, seed).unwrap();
		// The escrow's existential deposit of the share token.
		<Assets as Mutate<u64>>::transfer(
			share_of(id),
			&TREASURY,
			&Intents::escrow_account(),
			1,
			Preservation::Expendable,
		)
		.unwrap();
	}
}

/// The index the mock gives `pallet-vaults`, which it stands in for (not in the mock runtime).
pub const VAULTS_INDEX: u8 = 10;
/// The index the mock gives `pallet-strategies`, whose `withdraw_to` delivers in the runtime.
pub const STRATEGIES_INDEX: u8 = 11;

/// The errors of `pallet-vaults` the mock's vaults return, numbered as in `pallet_vaults::Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultsError {
	/// No vault has this id.
	UnknownVault = 0,
	/// The deposit would mint no shares.
	ZeroShares = 3,
	/// The redemption is worth less than its `min_assets`.
	SlippageExceeded = 4,
	/// The deposit would take the vault's total assets above its cap.
	CapExceeded = 5,
	/// The vault is paused.
	VaultPaused = 6,
	/// The vault takes no deposits.
	DepositsClosed = 7,
}

impl From<VaultsError> for DispatchError {
	fn from(e: VaultsError) -> Self {
		let message = match e {
			VaultsError::UnknownVault => "UnknownVault",
			VaultsError::ZeroShares => "ZeroShares",
			VaultsError::SlippageExceeded => "SlippageExceeded",
			VaultsError::CapExceeded => "CapExceeded",
			VaultsError::VaultPaused => "VaultPaused",
			VaultsError::DepositsClosed => "DepositsClosed",
		};
		DispatchError::Module(ModuleError {
			index: VAULTS_INDEX,
			error: [e as u8, 0, 0, 0],
			message: Some(message),
		})
	}
}

/// `pallet-strategies`' `SendFailed` (error 36): the XCM message could not be sent.
pub fn send_failed() -> DispatchError {
	DispatchError::Module(ModuleError {
		index: STRATEGIES_INDEX,
		error: [36, 0, 0, 0],
		message: Some("SendFailed"),
	})
}

fn supply(v: &MockVault, id: VaultId) -> u128 {
	Assets::total_issuance(share_of(id)) + v.queued
}

/// The mock's vaults.
pub struct MockVaults;
impl VaultIntents<u64, u32> for MockVaults {
	fn vaults_of_asset(asset: &u32, max: u32) -> Vec<VaultId> {
		(0..16u32)
			.filter(|id| vault(*id).is_some_and(|v| v.asset == *asset))
			.take(max as usize)
			.collect()
	}
	fn vault_of_share(asset: &u32) -> Option<VaultId> {
		asset.checked_sub(1_000_000).filter(|id| vault(*id).is_some())
	}
	fn terms(id: VaultId) -> Option<VaultTerms<u32>> {
		let v = vault(id)?;
		Some(VaultTerms {
			asset: v.asset,
			share_asset: share_of(id),
			governed: v.governed,
			lockup: v.lockup,
			accepts_deposits: v.open && !v.paused,
			accepts_redemptions: !v.paused,
			deposit_room: v.cap.saturating_sub(v.assets),
			price: SharePrice { assets: v.assets + 1, shares: supply(&v, id) + 1 },
		})
	}
	fn deposit(who: &u64, id: VaultId, assets: u128) -> Result<u128, DispatchError> {
		let mut v = vault(id).ok_or(VaultsError::UnknownVault)?;
		// As `pallet-vaults`: a paused vault says so, an active one closed to deposits too.
		if v.paused {
			return Err(VaultsError::VaultPaused.into());
		}
		if !v.open {
			return Err(VaultsError::DepositsClosed.into());
		}
		if v.assets + assets > v.cap {
			return Err(VaultsError::CapExceeded.into());
		}
		let shares = assets * (supply(&v, id) + 1) / (v.assets + 1);
		if shares == 0 {
			return Err(VaultsError::ZeroShares.into());
		}
		<Assets as Mutate<u64>>::transfer(
			v.asset,
			who,
			&vault_account(id),
			assets,
			Preservation::Expendable,
		)?;
		<Assets as Mutate<u64>>::mint_into(share_of(id), who, shares)?;
		v.assets += assets;
		unhashed::put(&vault_key(id), &v);
		Ok(shares)
	}
	fn request_redeem(
		who: &u64,
		id: VaultId,
		shares: u128,
		min_assets: u128,
	) -> Result<u64, DispatchError> {
		let mut v = vault(id).ok_or(VaultsError::UnknownVault)?;
		if v.paused {
			return Err(VaultsError::VaultPaused.into());
		}
		// As `pallet-vaults`: a request worth less than its limit now is refused.
		if shares * (v.assets + 1) / (supply(&v, id) + 1) < min_assets {
			return Err(VaultsError::SlippageExceeded.into());
		}
		<Assets as Mutate<u64>>::burn_from(
			share_of(id),
			who,
			shares,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		v.queued += shares;
		v.queue.push((*who, shares));
		unhashed::put(b":queued_limit", &min_assets);
		let request = v.queue.len() as u64 - 1;
		unhashed::put(&vault_key(id), &v);
		Ok(request)
	}
}

/// The `min_assets` of the last redemption request the mock's vaults queued.
pub fn last_queued_limit() -> Option<u128> {
	unhashed::get(b":queued_limit")
}

// ---------------------------------------------------------------------------------------------
// Strategies.

/// Sets a vault's strategies and reported yield in the mock. As in `pallet-strategies`
/// (`VaultViews`), a vault's active strategies and its yield are one key, which the weight
/// audit counts as one read per vault.
pub fn set_strategies(vault: VaultId, strategies: Vec<StrategyId>, yield_bps: u32) {
	unhashed::put(&(b":strategies:", vault).encode(), &(strategies, yield_bps));
}

/// A vault's active strategies and its yield (one key, as `pallet-strategies`' view).
fn strategies_of(vault: VaultId) -> (Vec<StrategyId>, u32) {
	unhashed::get::<(Vec<StrategyId>, u32)>(&(b":strategies:", vault).encode()).unwrap_or_default()
}

/// The mock's strategies.
pub struct MockStrategies;
impl StrategyInspect for MockStrategies {
	fn strategy_vault(_: StrategyId) -> Option<VaultId> {
		None
	}
	fn vault_strategies(vault: VaultId) -> Vec<StrategyId> {
		strategies_of(vault).0
	}
	fn reported_yield_bps(vault: VaultId) -> u32 {
		strategies_of(vault).1
	}
}

// ---------------------------------------------------------------------------------------------
// Delivery.

/// A chain the mock cannot deliver to.
pub const UNREACHABLE: u32 = 666;

/// Deliveries made: `(who, asset, amount, to)`.
pub fn deliveries() -> Vec<(u64, u32, u128, Location)> {
	unhashed::get(b":deliveries").unwrap_or_default()
}

/// Records deliveries and burns what it sends; fails for parachain [`UNREACHABLE`] *after*
/// the burn, as the runtime's delivery does (it burns the asset, then the XCM send fails), so
/// the pallet's tests see what a failed send leaves behind when nothing rolls it back.
pub struct MockDeliver;
impl crate::Deliver<u64> for MockDeliver {
	fn deliver(who: &u64, asset: u32, amount: u128, to: &Location) -> Result<(), DispatchError> {
		<Assets as Mutate<u64>>::burn_from(
			asset,
			who,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		if to.interior().iter().any(|j| *j == Junction::Parachain(UNREACHABLE)) {
			return Err(send_failed());
		}
		let mut all = deliveries();
		all.push((*who, asset, amount, to.clone()));
		unhashed::put(b":deliveries", &all);
		Ok(())
	}
	fn weight() -> Weight {
		Weight::zero()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for () {
	fn create_asset(seed: u32) -> u32 {
		let asset = 3_000 + seed;
		if !Assets::asset_exists(asset) {
			<Assets as Create<u64>>::create(asset, ADMIN, true, 1).unwrap();
		}
		asset
	}
	fn fund(asset: u32, who: &u64, amount: u128) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate as _;
		if Balances::free_balance(who) < 1_000 {
			Balances::set_balance(who, 1_000);
		}
		<Assets as Mutate<u64>>::mint_into(asset, who, amount).unwrap();
	}
	fn create_vault(asset: u32) -> VaultId {
		let id = (0..16u32).find(|id| vault(*id).is_none()).expect("room for a vault");
		create_vault(id, asset, true, 0, 0);
		id
	}
	fn pause_vault(vault: VaultId) {
		mutate_vault(vault, |v| v.paused = true);
	}
	fn add_strategies(vault: VaultId, n: u32) {
		set_strategies(vault, (0..n).map(|s| vault * 100 + s).collect(), 100);
	}
}

// ---------------------------------------------------------------------------------------------
// Externalities and helpers.

/// Externalities with DOT, ETH and USDT (existential deposit 10) and 1 000 000 of each and
/// 1 000 PLX for the users; vault 0 (governed, USDT, 10 000 USDT at one share per planck).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let users = [ALICE, BOB, CHARLIE, DAVE, SOLVER, TREASURY, ADMIN];
	pallet_balances::GenesisConfig::<Test> {
		balances: users
			.iter()
			.map(|u| (*u, 1_000))
			.chain([(Intents::escrow_account(), 1)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: [DOT, ETH, USDT].iter().map(|a| (*a, ADMIN, true, 10)).collect(),
		// The escrow holds one existential deposit of each asset (the runtime's genesis does the
		// same for its hub assets).
		accounts: [DOT, ETH, USDT]
			.iter()
			.flat_map(|a| users.iter().map(move |u| (*a, *u, 1_000_000)))
			.chain([DOT, ETH, USDT].iter().map(|a| (*a, Intents::escrow_account(), 10)))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		Intents::on_initialize(1);
		create_vault(0, USDT, true, 0, 10_000);
	});
	ext
}

/// Runs blocks up to `n`, with the intents' hooks.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Intents::on_initialize(next);
		Intents::on_idle(next, Weight::MAX);
	}
}

/// Runs blocks until the open batch closes and its settlement ends.
pub fn settle() {
	let closes = Intents::closes_at();
	run_to_block(closes.max(System::block_number() + 1));
	let mut guard = 0;
	while pallet_intents::Settling::<Test>::get().is_some() {
		run_to_block(System::block_number() + 1);
		guard += 1;
		assert!(guard < 1_000, "settlement does not end");
	}
}

/// Balance of `who` in `asset`.
pub fn balance(asset: u32, who: u64) -> u128 {
	Assets::balance(asset, who)
}

/// Events of the intents pallet.
pub fn intent_events() -> Vec<pallet_intents::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Intents(e) => Some(e),
			_ => None,
		})
		.collect()
}
