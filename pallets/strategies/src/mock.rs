//! A mock runtime for the strategies pallet: `frame-system`, `pallet-balances`, `pallet-assets`
//! and the strategies. Vaults, gauge weights and the XCM stack are tables in thread-locals, so
//! tests see exactly what was sent and can answer queries themselves.

use crate as pallet_strategies;
use core::cell::RefCell;
use plexus_primitives::{AllocationWeights, StrategyId, VaultId, VaultInspect, VaultLiquidity};
use polkadot_sdk::{
	frame_support::{
		self, derive_impl, parameter_types,
		traits::{AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, EnsureOrigin},
		PalletId,
	},
	frame_system::{self, EnsureRoot, EnsureSignedBy, RawOrigin},
	pallet_assets, pallet_balances, sp_io,
	sp_runtime::{ArithmeticError, BuildStorage, DispatchError, DispatchResult, Perbill},
	staging_xcm::latest::{prelude::*, WESTEND_GENESIS_HASH},
	staging_xcm_executor::traits::ConvertLocation,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Strategies: pallet_strategies,
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
	type Freezer = ();
	type Holder = ();
}

/// Governance.
pub const ADMIN: u64 = 100;
/// A user.
pub const ALICE: u64 = 1;
/// Another user.
pub const BOB: u64 = 2;
/// The curator of the curated vault.
pub const CURATOR: u64 = 7;
/// A governance-approved reporter.
pub const REPORTER: u64 = 8;
/// Signs as `pallet-xcm`'s response origin from Asset Hub.
pub const AH_RESPONDER: u64 = 500;
/// Signs as `pallet-xcm`'s response origin from another chain.
pub const OTHER_RESPONDER: u64 = 501;
/// Signs as an XCM origin: Asset Hub itself.
pub const AH_XCM: u64 = 600;

/// USDT (reserve: Asset Hub).
pub const USDT: u32 = 1984;
/// The relay token (pays remote fees).
pub const DOT: u32 = 1;
/// The governed vault (USDT).
pub const GOVERNED: VaultId = 0;
/// The curated vault (USDT).
pub const CURATED: VaultId = 1;
/// Account of the governed vault.
pub const GOVERNED_ACCOUNT: u64 = 1000;
/// Account of the curated vault.
pub const CURATED_ACCOUNT: u64 = 1001;
/// Epoch length, blocks.
pub const EPOCH: u64 = 10;
/// Query timeout, blocks.
pub const TIMEOUT: u64 = 20;

/// Asset Hub as Plexus sees it.
pub fn asset_hub() -> Location {
	Location::new(1, [Parachain(1000)])
}
/// USDT as Plexus sees it.
pub fn usdt_location() -> Location {
	Location::new(1, [Parachain(1000), PalletInstance(50), GeneralIndex(1984)])
}
/// An account as a local location.
pub fn account(who: u64) -> Location {
	Location::new(0, [AccountIndex64 { network: None, index: who }])
}

/// The vaults' accounting as `pallet-vaults` keeps it (the subset the strategies move).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct MockVault {
	/// Idle assets.
	pub idle: u128,
	/// Assets in strategies.
	pub debt: u128,
	/// Assets in transit.
	pub in_transit: u128,
	/// Reported gains (locked profit is not modelled).
	pub gains: u128,
	/// Reported losses.
	pub losses: u128,
	/// What idle lacks for pending redemptions and the buffer (set by tests).
	pub shortfall: u128,
}

thread_local! {
	/// Gauge weights of the governed vault's strategies.
	pub static WEIGHTS: RefCell<Vec<(StrategyId, Perbill)>> = const { RefCell::new(Vec::new()) };
	/// Messages sent: `(payer, destination, message)`.
	pub static SENT: RefCell<Vec<(u64, Location, Xcm<()>)>> = const { RefCell::new(Vec::new()) };
	/// Queries registered: `(id, responder, timeout)`.
	pub static QUERIES: RefCell<Vec<(u64, Location, u64)>> = const { RefCell::new(Vec::new()) };
	/// Whether sending fails.
	pub static SEND_FAILS: RefCell<bool> = const { RefCell::new(false) };
}

fn vault_key(v: VaultId) -> Vec<u8> {
	[b"mock/vault/".as_slice(), &v.to_le_bytes()].concat()
}

/// A vault's accounting (kept in storage, so failed calls roll it back like `pallet-vaults`).
pub fn vault(v: VaultId) -> MockVault {
	frame_support::storage::unhashed::get(&vault_key(v)).unwrap_or_default()
}

/// Sets a vault's idle assets.
pub fn set_idle(v: VaultId, idle: u128) {
	let mut m = vault(v);
	m.idle = idle;
	frame_support::storage::unhashed::put(&vault_key(v), &m);
}

/// Sets what a vault's idle lacks for its pending redemptions and buffer.
pub fn set_shortfall(v: VaultId, shortfall: u128) {
	let mut m = vault(v);
	m.shortfall = shortfall;
	frame_support::storage::unhashed::put(&vault_key(v), &m);
}

/// Applies `f` to a vault's accounting as `pallet-vaults` does: an unknown vault is a failed
/// lookup (`pallet-vaults`' `UnknownVault`), a bucket that holds less than the amount to take
/// an underflow (its `InsufficientLiquidity` / `InsufficientIdle`).
fn with_vault(v: VaultId, f: impl FnOnce(&mut MockVault) -> Option<()>) -> DispatchResult {
	if v >= 2 {
		return Err(DispatchError::CannotLookup);
	}
	let mut m = vault(v);
	f(&mut m).ok_or(ArithmeticError::Underflow)?;
	frame_support::storage::unhashed::put(&vault_key(v), &m);
	Ok(())
}

/// The mock vaults.
pub struct MockVaults;
impl VaultLiquidity<u64, u32, u128> for MockVaults {
	fn vault_asset(vault: VaultId) -> Option<u32> {
		(vault < 2).then_some(USDT)
	}
	fn vault_account(vault: VaultId) -> Option<u64> {
		[GOVERNED_ACCOUNT, CURATED_ACCOUNT].get(vault as usize).copied()
	}
	fn curator(vault: VaultId) -> Option<u64> {
		(vault == CURATED).then_some(CURATOR)
	}
	fn allocatable(vault: VaultId) -> u128 {
		if vault < 2 {
			self::vault(vault).idle
		} else {
			0
		}
	}
	fn idle_shortfall(vault: VaultId) -> u128 {
		self::vault(vault).shortfall
	}
	fn total_assets(vault: VaultId) -> u128 {
		let v = self::vault(vault);
		v.idle + v.debt + v.in_transit
	}
	fn begin_allocation(vault: VaultId, amount: u128) -> DispatchResult {
		with_vault(vault, |v| {
			v.idle = v.idle.checked_sub(amount)?;
			v.in_transit += amount;
			Some(())
		})
	}
	fn complete_allocation(vault: VaultId, amount: u128) -> DispatchResult {
		with_vault(vault, |v| {
			v.in_transit = v.in_transit.checked_sub(amount)?;
			v.debt += amount;
			Some(())
		})
	}
	fn cancel_allocation(vault: VaultId, amount: u128) -> DispatchResult {
		with_vault(vault, |v| {
			v.in_transit = v.in_transit.checked_sub(amount)?;
			v.idle += amount;
			Some(())
		})
	}
	fn begin_deallocation(vault: VaultId, amount: u128) -> DispatchResult {
		with_vault(vault, |v| {
			v.debt = v.debt.checked_sub(amount)?;
			v.in_transit += amount;
			Some(())
		})
	}
	fn complete_deallocation(vault: VaultId, amount: u128) -> DispatchResult {
		Self::cancel_allocation(vault, amount)
	}
	fn cancel_deallocation(vault: VaultId, amount: u128) -> DispatchResult {
		Self::complete_allocation(vault, amount)
	}
	fn report_gain(vault: VaultId, gain: u128) -> DispatchResult {
		with_vault(vault, |v| {
			v.debt += gain;
			v.gains += gain;
			Some(())
		})
	}
	fn report_loss(vault: VaultId, loss: u128) -> DispatchResult {
		with_vault(vault, |v| {
			v.debt = v.debt.checked_sub(loss)?;
			v.losses += loss;
			Some(())
		})
	}
}
impl VaultInspect<u32> for MockVaults {
	fn share_asset(vault: VaultId) -> Option<u32> {
		(vault < 2).then_some(1_000_000 + vault)
	}
	fn is_governed(vault: VaultId) -> bool {
		vault == GOVERNED
	}
}

/// Gauge weights from [`WEIGHTS`].
pub struct MockGauges;
impl AllocationWeights for MockGauges {
	fn strategy_weights(vault: VaultId) -> Vec<(StrategyId, Perbill)> {
		if vault == GOVERNED {
			WEIGHTS.with(|w| w.borrow().clone())
		} else {
			Vec::new()
		}
	}
}

/// Records messages and queries.
pub struct MockXcm;
impl crate::XcmSupport<u64, RuntimeCall, u64> for MockXcm {
	fn send(payer: &u64, dest: Location, message: Xcm<()>) -> Result<XcmHash, DispatchError> {
		if SEND_FAILS.with(|f| *f.borrow()) {
			return Err(crate::Error::<Test>::SendFailed.into());
		}
		SENT.with(|s| s.borrow_mut().push((*payer, dest, message)));
		Ok([0; 32])
	}
	fn new_notify_query(responder: Location, notify: RuntimeCall, timeout: u64) -> u64 {
		assert!(matches!(notify, RuntimeCall::Strategies(crate::Call::on_response { .. })));
		QUERIES.with(|q| {
			let mut q = q.borrow_mut();
			let id = q.len() as u64;
			q.push((id, responder, timeout));
			id
		})
	}
}

/// The messages sent so far.
pub fn sent() -> Vec<(u64, Location, Xcm<()>)> {
	SENT.with(|s| s.borrow().clone())
}

/// Response origin: [`AH_RESPONDER`] answers from Asset Hub, [`OTHER_RESPONDER`] from para 2001.
pub struct MockResponseOrigin;
impl EnsureOrigin<RuntimeOrigin> for MockResponseOrigin {
	type Success = Location;
	fn try_origin(o: RuntimeOrigin) -> Result<Location, RuntimeOrigin> {
		match o.clone().into() {
			Ok(RawOrigin::Signed(AH_RESPONDER)) => Ok(asset_hub()),
			Ok(RawOrigin::Signed(OTHER_RESPONDER)) => Ok(Location::new(1, [Parachain(2001)])),
			_ => Err(o),
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::signed(AH_RESPONDER))
	}
}
/// XCM origin: [`AH_XCM`] is Asset Hub.
pub struct MockXcmOrigin;
impl EnsureOrigin<RuntimeOrigin> for MockXcmOrigin {
	type Success = Location;
	fn try_origin(o: RuntimeOrigin) -> Result<Location, RuntimeOrigin> {
		match o.clone().into() {
			Ok(RawOrigin::Signed(AH_XCM)) => Ok(asset_hub()),
			_ => Err(o),
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::signed(AH_XCM))
	}
}

/// `(0, [AccountIndex64 { index }])` is account `index`.
pub struct IndexToAccount;
impl ConvertLocation<u64> for IndexToAccount {
	fn convert_location(l: &Location) -> Option<u64> {
		match l.unpack() {
			(0, [AccountIndex64 { index, .. }]) => Some(*index),
			_ => None,
		}
	}
}

parameter_types! {
	pub AssetHubLocation: Location = asset_hub();
	pub const StrategiesPalletId: PalletId = PalletId(*b"plx/strt");
	pub UniversalLocation: InteriorLocation = [GlobalConsensus(NetworkId::ByGenesis(WESTEND_GENESIS_HASH)), Parachain(2000)].into();
	pub const FeeAsset: u32 = DOT;
}
frame_support::ord_parameter_types! {
	pub const Admin: u64 = ADMIN;
}

impl pallet_strategies::Config for Test {
	type RuntimeCall = RuntimeCall;
	type Assets = Assets;
	type Vaults = MockVaults;
	type Gauges = MockGauges;
	type AdminOrigin = EnsureSignedBy<Admin, u64>;
	type XcmOrigin = MockXcmOrigin;
	type ResponseOrigin = MockResponseOrigin;
	type Xcm = MockXcm;
	type LocationToAccountId = IndexToAccount;
	type UniversalLocation = UniversalLocation;
	type RelayTokenReserve = AssetHubLocation;
	type PalletId = StrategiesPalletId;
	type FeeAsset = FeeAsset;
	type Epochs = plexus_primitives::time::FixedEpochs<ConstU64<EPOCH>>;
	type QueryTimeout = ConstU64<TIMEOUT>;
	// The runtime's bounds (`runtime/src/configs/plexus.rs`): the weights are benchmarked at
	// them, so the weight audit's worst cases (a vault full of strategies, a full clean-up of
	// stale holds) are the runtime's.
	type MaxStrategiesPerVault = ConstU32<16>;
	type MaxStaleHoldsCleared = ConstU32<16>;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Benchmarks run on the mock's vault 0.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for MockBenchmarkHelper {
	fn governed_vault(idle: u128) -> VaultId {
		set_idle(GOVERNED, idle);
		use polkadot_sdk::frame_support::traits::fungibles::Mutate;
		Assets::mint_into(USDT, &GOVERNED_ACCOUNT, idle).unwrap();
		GOVERNED
	}
	fn asset_reserve() -> Location {
		asset_hub()
	}
	fn give_all_gauge_weight(vault: VaultId, strategy: StrategyId) -> bool {
		assert_eq!(vault, GOVERNED);
		WEIGHTS.with(|w| *w.borrow_mut() = vec![(strategy, Perbill::one())]);
		true
	}
	fn fund_delivery(_: &u64) {}
}

/// The relay token: registered at genesis with USDT.
pub fn new_test_ext() -> sp_io::TestExternalities {
	WEIGHTS.with(|w| w.borrow_mut().clear());
	SENT.with(|s| s.borrow_mut().clear());
	QUERIES.with(|q| q.borrow_mut().clear());
	SEND_FAILS.with(|f| *f.borrow_mut() = false);
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, 1_000), (BOB, 1_000), (ADMIN, 1_000), (CURATOR, 1_000)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_strategies::GenesisConfig::<Test> {
		hub_assets: vec![
			(DOT, Location::parent(), b"Polkadot".to_vec(), b"DOT".to_vec(), 10, 1),
			(USDT, usdt_location(), b"Tether USD".to_vec(), b"USDT".to_vec(), 6, 1),
		],
		branches: vec![asset_hub()],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		// As `pallet-vaults` keeps them: each vault account holds a floor of one minimum
		// balance above what the vault owes, so burning its idle never reaps it.
		use polkadot_sdk::frame_support::traits::fungibles::Mutate;
		for account in [GOVERNED_ACCOUNT, CURATED_ACCOUNT] {
			Assets::mint_into(USDT, &account, 1).unwrap();
		}
	});
	ext
}
