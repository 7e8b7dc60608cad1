//! The invariants checked after every operation and every block.
//!
//! After every operation (and around every block's hooks), against a snapshot taken before:
//! - nobody's balance of any asset (PLX counted with what is held or frozen, DOT, USDT, every
//!   vault's shares) falls except by their own signed call, or by the XCM delivery fee (PLX)
//!   of a transfer of theirs to another chain (an intent's output sent to its `deliver_to`);
//! - PLX issuance changes only by the emissions gauges mint (`EmissionsClaimed`) and the dust
//!   `pallet-balances` reports lost (`DustLost`);
//! - no vault's price per share, `(total_assets + 1) / (supply + 10^δ)`, falls except in an
//!   operation that reported a loss of that vault (`LossReported`).
//!
//! After every block:
//! - `try_state` of every pallet of the runtime (`AllPalletsWithSystem`);
//! - per hub asset, exactly: supply on Plexus + Σ strategies' debt and in transit = Plexus'
//!   sovereign account on Asset Hub + Σ strategies' positions + allocations Asset Hub has not
//!   answered (the reserve as [`crate::world::Reserve`] keeps it). Assets trapped on Plexus
//!   are part of the supply: since stable2506 `pallet-xcm` keeps a trapped asset's issuance
//!   (it forgets the holding's imbalance, and a claim mints a duplicate and drops one);
//! - per vault: its `debt` and `in_transit` are Σ of its strategies'; its share supply is Σ
//!   of its share token's accounts; each hub asset's supply is Σ of its accounts plus what
//!   is trapped;
//! - the strategies' hold account holds at least Σ of the held inflows of each asset;
//! - the block's weight is at most the block limit, `on_idle` used at most what it was given,
//!   `on_initialize` at most the block limit, and the intents' settlement in `on_initialize`
//!   at most twice `SettlementWeight` (its meter's limit plus the one step that crosses it).

use crate::setup::{share_asset, user, USERS, VAULTS};
use plexus_runtime::{
	configs::RuntimeBlockWeights, hub_assets as hub, AllPalletsWithSystem, Assets, Balances,
	Runtime, RuntimeEvent, System, Vaults,
};
use polkadot_sdk::{
	frame_support::traits::{fungible::Inspect as _, fungibles::Inspect, TryState, TryStateSelect},
	sp_core::U256,
};

/// An invariant that does not hold, with what was seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation(pub String);

impl Violation {
	/// A violation described by `what`.
	pub fn new(what: impl Into<String>) -> Self {
		Self(what.into())
	}
}

impl core::fmt::Display for Violation {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.write_str(&self.0)
	}
}

/// What the per-operation invariants compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
	/// Per user: PLX (total), DOT, USDT, then the shares of each vault.
	pub balances: Vec<Vec<u128>>,
	/// PLX issuance.
	pub plx_issuance: u128,
	/// Per vault: `(total_assets + 1, supply + 10^δ)`.
	pub prices: Vec<Option<(u128, u128)>>,
}

/// Takes the snapshot of the current state.
pub fn snapshot() -> Snapshot {
	let balances = (0..USERS.len() as u8)
		.map(|w| {
			let who = user(w);
			let mut b = vec![
				Balances::total_balance(&who),
				Assets::balance(hub::DOT, &who),
				Assets::balance(hub::USDT, &who),
			];
			b.extend((0..u32::from(VAULTS)).map(|v| Assets::balance(share_asset(v), &who)));
			b
		})
		.collect();
	let now = System::block_number();
	let prices = (0..u32::from(VAULTS))
		.map(|v| {
			pallet_vaults::Vaults::<Runtime>::get(v).map(|info| {
				let supply = Vaults::share_supply(&info);
				(info.total_assets(now).saturating_add(1), supply.saturating_add(1_000_000))
			})
		})
		.collect();
	Snapshot { balances, plx_issuance: Balances::total_issuance(), prices }
}

const COLUMNS: [&str; 3] = ["PLX", "DOT", "USDT"];

/// The XCM delivery fees (PLX) charged in a step to accounts whose assets it sent to another
/// chain (`Strategies::WithdrawnTo`, also how an intent's output is delivered): the fee of a
/// transfer its owner asked for.
fn delivery_fees(
	events: &[RuntimeEvent],
) -> std::collections::BTreeMap<plexus_runtime::AccountId, u128> {
	use polkadot_sdk::pallet_balances::Event as B;
	let senders: Vec<_> = events
		.iter()
		.filter_map(|e| match e {
			RuntimeEvent::Strategies(pallet_strategies::Event::WithdrawnTo { who, .. }) => {
				Some(who.clone())
			},
			_ => None,
		})
		.collect();
	let mut fees = std::collections::BTreeMap::new();
	for e in events {
		if let RuntimeEvent::Balances(B::Withdraw { who, amount }) = e {
			if senders.contains(who) {
				*fees.entry(who.clone()).or_insert(0u128) += *amount;
			}
		}
	}
	fees
}

/// The invariants of one operation (or one block's hooks, `signer` `None`) from `before` to
/// now, with the events it emitted.
pub fn check_step(
	before: &Snapshot,
	signer: Option<u8>,
	events: &[RuntimeEvent],
) -> Result<Snapshot, Violation> {
	let after = snapshot();
	let fees = delivery_fees(events);
	for (w, (b, a)) in before.balances.iter().zip(after.balances.iter()).enumerate() {
		if signer == Some(w as u8) {
			continue;
		}
		let fee = fees.get(&user(w as u8)).copied().unwrap_or(0);
		for (c, (x, y)) in b.iter().zip(a.iter()).enumerate() {
			let allowed = if c == 0 { fee } else { 0 };
			if y.saturating_add(allowed) < *x {
				let what = COLUMNS
					.get(c)
					.map(|s| s.to_string())
					.unwrap_or_else(|| format!("shares of vault {}", c - 3));
				return Err(Violation::new(format!(
					"user {w}'s {what} fell from {x} to {y} by an operation not theirs"
				)));
			}
		}
	}
	let mut minted: i128 = 0;
	let mut losses = vec![];
	for e in events {
		match e {
			RuntimeEvent::Gauges(pallet_gauges::Event::EmissionsClaimed { amount, .. }) => {
				minted += *amount as i128
			},
			RuntimeEvent::Balances(polkadot_sdk::pallet_balances::Event::DustLost {
				amount,
				..
			}) => minted -= *amount as i128,
			RuntimeEvent::Vaults(pallet_vaults::Event::LossReported { vault, .. }) => {
				losses.push(*vault)
			},
			_ => {},
		}
	}
	let change = after.plx_issuance as i128 - before.plx_issuance as i128;
	if change != minted {
		return Err(Violation::new(format!(
			"PLX issuance changed by {change}, the rules name {minted}"
		)));
	}
	for (v, (b, a)) in before.prices.iter().zip(after.prices.iter()).enumerate() {
		let (Some((ba, bs)), Some((aa, as_))) = (b, a) else { continue };
		// a/b < c/d  ⇔  a·d < c·b
		let fell = U256::from(*aa) * U256::from(*bs) < U256::from(*ba) * U256::from(*as_);
		if fell && !losses.contains(&(v as u32)) {
			return Err(Violation::new(format!(
				"vault {v}'s price per share fell from {ba}/{bs} to {aa}/{as_} without a reported loss"
			)));
		}
	}
	Ok(after)
}

/// The invariants of the state after a block.
pub fn check_block(world: &crate::world::World, idle: (u64, u64)) -> Result<(), Violation> {
	let n = System::block_number();
	AllPalletsWithSystem::try_state(n, TryStateSelect::All)
		.map_err(|e| Violation::new(format!("try_state: {e:?}")))?;
	conservation(world)?;
	vault_accounts()?;
	held_inflows()?;
	gauges_account()?;
	hub_supply(world)?;
	let max = RuntimeBlockWeights::get().max_block;
	let used = System::block_weight().total();
	if !used.all_lte(max) {
		return Err(Violation::new(format!("block weight {used:?} over the limit {max:?}")));
	}
	if idle.0 > idle.1 {
		return Err(Violation::new(format!(
			"on_idle used {} of the {} ref time it was given",
			idle.0, idle.1
		)));
	}
	if !world.init_weight.all_lte(max) {
		return Err(Violation::new(format!("on_initialize took {:?}", world.init_weight)));
	}
	// Settlement runs under a meter of `SettlementWeight`; the step that crosses the limit
	// completes (each step fits `SettlementWeight`, the intents' integrity test), so the hook
	// takes at most twice its budget.
	let budget = plexus_runtime::configs::IntentSettlementWeight::get().saturating_mul(2);
	if !world.intents_init_weight.all_lte(budget) {
		return Err(Violation::new(format!(
			"the intents' on_initialize took {:?}, over twice SettlementWeight",
			world.intents_init_weight
		)));
	}
	Ok(())
}

/// Supply + debt + in transit = sovereign + positions + unanswered allocations.
fn conservation(world: &crate::world::World) -> Result<(), Violation> {
	let strategies: Vec<_> = pallet_strategies::Strategies::<Runtime>::iter().collect();
	for asset in [hub::DOT, hub::USDT] {
		let mut plexus = Assets::total_issuance(asset);
		let mut reserve = world.reserve.sovereign.get(&asset).copied().unwrap_or_default();
		for (id, s) in strategies.iter().filter(|(_, s)| s.asset == asset) {
			plexus += s.debt + s.in_transit;
			reserve += world.reserve.positions.get(id).copied().unwrap_or_default();
		}
		reserve += world
			.reserve
			.remote
			.iter()
			.filter(|r| r.asset == asset && r.allocate)
			.map(|r| r.amount)
			.sum::<u128>();
		if plexus != reserve {
			return Err(Violation::new(format!(
				"asset {asset}: Plexus accounts for {plexus}, the reserve backs {reserve} \
				 (difference {})",
				plexus as i128 - reserve as i128
			)));
		}
	}
	Ok(())
}

/// Each vault's debt and in-transit are its strategies'; share supply is Σ of accounts.
fn vault_accounts() -> Result<(), Violation> {
	for (v, info) in pallet_vaults::Vaults::<Runtime>::iter() {
		let (mut debt, mut transit) = (0u128, 0u128);
		for s in pallet_strategies::Strategies::<Runtime>::iter_values() {
			if s.params.vault == v {
				debt += s.debt;
				transit += s.in_transit;
			}
		}
		if (debt, transit) != (info.debt, info.in_transit) {
			return Err(Violation::new(format!(
				"vault {v}: debt/in transit {}/{} but its strategies' are {debt}/{transit}",
				info.debt, info.in_transit
			)));
		}
		let held: u128 =
			polkadot_sdk::pallet_assets::Account::<Runtime>::iter_prefix(info.share_asset)
				.map(|(_, a)| a.balance)
				.sum();
		if held != Assets::total_issuance(info.share_asset) {
			return Err(Violation::new(format!(
				"vault {v}: accounts hold {held} shares, the share token's supply is {}",
				Assets::total_issuance(info.share_asset)
			)));
		}
	}
	Ok(())
}

/// The gauges' account holds every stake and what co-incentive pots still owe.
fn gauges_account() -> Result<(), Violation> {
	let account = plexus_runtime::Gauges::account_id();
	let mut owed: std::collections::BTreeMap<u32, u128> = Default::default();
	for (gauge, _, stake) in pallet_gauges::Stakes::<Runtime>::iter() {
		let vault = match pallet_gauges::Gauges::<Runtime>::get(gauge).map(|g| g.kind) {
			Some(pallet_gauges::GaugeKind::Emission { vault }) => vault,
			_ => {
				return Err(Violation::new(format!(
					"a stake in gauge {gauge}, not an emission gauge"
				)))
			},
		};
		*owed.entry(share_asset(vault)).or_default() += stake.amount;
	}
	for pots in pallet_gauges::Incentives::<Runtime>::iter_values() {
		for pot in pots {
			*owed.entry(pot.asset).or_default() += pot.amount.saturating_sub(pot.claimed);
		}
	}
	for (asset, owed) in owed {
		let has = Assets::balance(asset, &account);
		if has < owed {
			return Err(Violation::new(format!(
				"the gauges' account has {has} of asset {asset}, owes {owed}"
			)));
		}
	}
	Ok(())
}

/// Each hub asset's supply is exactly what its accounts hold (`pallet-assets`' own `try_state`
/// only checks `≥`; a destroyed remainder would show as supply nobody holds).
fn hub_supply(world: &crate::world::World) -> Result<(), Violation> {
	for asset in [hub::DOT, hub::USDT] {
		let held: u128 = polkadot_sdk::pallet_assets::Account::<Runtime>::iter_prefix(asset)
			.map(|(_, a)| a.balance)
			.sum();
		// Trapped assets keep their issuance in `pallet-xcm` without an account.
		let trapped: u128 =
			world.reserve.trapped.iter().filter(|t| t.1 == asset).map(|t| t.2).sum();
		let supply = Assets::total_issuance(asset);
		if held + trapped != supply {
			return Err(Violation::new(format!(
				"asset {asset}: accounts hold {held} and {trapped} is trapped, the supply is {supply}"
			)));
		}
	}
	Ok(())
}

/// The hold account holds every held inflow.
fn held_inflows() -> Result<(), Violation> {
	let account = plexus_runtime::Strategies::hold_account();
	for asset in [hub::DOT, hub::USDT] {
		let owed: u128 = pallet_strategies::HeldInflows::<Runtime>::iter_values()
			.filter(|h| h.asset == asset)
			.map(|h| h.amount)
			.sum();
		let has = Assets::balance(asset, &account);
		if has < owed {
			return Err(Violation::new(format!("hold account has {has} of {asset}, owes {owed}")));
		}
	}
	Ok(())
}
