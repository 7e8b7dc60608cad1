//! The fuzzed chain's starting state: the runtime's `development` genesis preset, then what
//! governance and users would set up on it in its first block (built by real calls, so the
//! set-up is itself checked by the invariants).
//!
//! - Vaults: 0 the preset's governed USDT vault; 1 a governed DOT vault; 2 a curated USDT
//!   campaign (curator Charlie, four weeks, a day's minimum hold, 5% early-exit penalty, a
//!   partner reward funded by Eve); 3 a curated DOT vault without terms of note.
//! - Strategies on Asset Hub (`asset-rewards` pools): 0 of vault 0, 1 of vault 1, 2 of vault 2
//!   (allocated by its curator), reported by Dave, within 10% per day.
//! - Gauges: allocation gauges of strategies 0 and 1, emission gauges of vaults 0, 1 and 2.
//! - Inflow limits from Asset Hub: 200 000 USDT and 20 000 DOT per epoch, caps 5× that.
//! - Every user receives USDT and DOT from Asset Hub by reserve transfer; the strategies'
//!   account receives DOT for remote fees.

use crate::world::World;
use pallet_strategies::{Adapter, InflowLimit, ReportOrigin, StrategyParams};
use pallet_vaults::{CampaignTerms, PartnerReward, VaultKind};
use plexus_runtime::{
	configs::xcm_config::AssetHubLocation, hub_assets as hub, AccountId, Gauges, Intents,
	ParachainSystem, Runtime, RuntimeOrigin, Strategies, System, Vaults, DAYS,
};
use polkadot_sdk::{
	frame_support::assert_ok,
	sp_keyring::Sr25519Keyring,
	sp_runtime::FixedU128,
	staging_xcm::{latest::prelude::*, VersionedLocation},
};

/// The users, by [`crate::op::Who`] index: Alice and Bob (USDT and DOT from genesis),
/// Charlie (curator of vault 2), Dave (reporter of the strategies), Eve (partner of vault 2),
/// Ferdie.
pub const USERS: [Sr25519Keyring; 6] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
];
/// How many vaults the set-up creates.
pub const VAULTS: u8 = 4;
/// How many strategies the set-up registers.
pub const STRATEGIES: u8 = 3;
/// One DOT, planck.
pub const DOT: u128 = 10_000_000_000;
/// One USDT, planck.
pub const USDT: u128 = 1_000_000;
/// The curator of vault 2.
pub const CURATOR: u8 = 2;
/// The reporter of every strategy.
pub const REPORTER: u8 = 3;

/// The account of user `who`.
pub fn user(who: u8) -> AccountId {
	USERS[usize::from(who) % USERS.len()].to_account_id()
}

/// The user index of `account`, if it is one of [`USERS`].
pub fn who_of(account: &AccountId) -> Option<u8> {
	(0..USERS.len() as u8).find(|w| user(*w) == *account)
}

/// The share token of `vault`, as the runtime maps it (`ShareAssetIdOf`).
pub fn share_asset(vault: u32) -> plexus_runtime::AssetId {
	use polkadot_sdk::sp_runtime::traits::MaybeEquivalence;
	plexus_runtime::configs::ShareAssetIdOf::convert(&vault).unwrap_or(u32::MAX)
}

/// Asset Hub, seen from Plexus.
pub fn asset_hub() -> Location {
	AssetHubLocation::get()
}

fn curated(asset_usdt: bool) -> pallet_vaults::VaultKindOf<Runtime> {
	let now = System::block_number();
	let partner_rewards = if asset_usdt {
		vec![PartnerReward { partner: user(4), amount: 500 * USDT, funded: false }]
	} else {
		vec![]
	};
	VaultKind::Curated {
		curator: user(CURATOR),
		terms: CampaignTerms {
			start: now,
			end: now + 28 * DAYS,
			min_hold: if asset_usdt { DAYS } else { 0 },
			early_exit_penalty_bps: if asset_usdt { 500 } else { 0 },
			partner_rewards: partner_rewards.try_into().expect("within MaxPartnerRewards"),
		},
	}
}

fn strategy(vault: u32) -> StrategyParams<AccountId, u32> {
	StrategyParams {
		vault,
		destination: asset_hub(),
		adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: vault },
		cap: u128::MAX,
		max_report_change_bps: 1_000,
		max_report_age: DAYS,
		report_origin: ReportOrigin::Account(user(REPORTER)),
		remote_fee: DOT / 10,
		min_operation: 0,
		rebalance_threshold_bps: 0,
	}
}

/// Builds the set-up on the development preset's state (block 1).
pub fn build(world: &mut World) {
	let root = || RuntimeOrigin::root();
	ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(
		hub::ASSET_HUB_PARA_ID.into(),
	);
	let name = |s: &str| s.as_bytes().to_vec().try_into().expect("short");
	assert_ok!(Vaults::create_vault(
		root(),
		hub::DOT,
		VaultKind::Governed,
		u128::MAX,
		1_000,
		1_000,
		DOT / 10,
		name("Plexus DOT Vault"),
		name("pxDOT")
	));
	assert_ok!(Vaults::create_vault(
		root(),
		hub::USDT,
		curated(true),
		2_000_000 * USDT,
		0,
		500,
		USDT,
		name("Campaign USDT"),
		name("cpUSDT")
	));
	assert_ok!(Vaults::create_vault(
		root(),
		hub::DOT,
		curated(false),
		u128::MAX,
		500,
		0,
		DOT / 10,
		name("Curated DOT"),
		name("cuDOT")
	));
	for vault in 0..3 {
		assert_ok!(Strategies::register_strategy(root(), Box::new(strategy(vault))));
	}
	use pallet_gauges::GaugeKind;
	for kind in [
		GaugeKind::Allocation { vault: 0, strategy: 0 },
		GaugeKind::Allocation { vault: 1, strategy: 1 },
		GaugeKind::Emission { vault: 0 },
		GaugeKind::Emission { vault: 1 },
		GaugeKind::Emission { vault: 2 },
	] {
		assert_ok!(Gauges::create_gauge(root(), kind));
	}
	let ah = || Box::new(VersionedLocation::from(asset_hub()));
	for (asset, per_epoch) in [(hub::USDT, 200_000 * USDT), (hub::DOT, 20_000 * DOT)] {
		assert_ok!(Strategies::set_inflow_limit(
			root(),
			asset,
			ah(),
			Some(InflowLimit { cap: 5 * per_epoch, per_epoch })
		));
	}
	assert_ok!(Intents::set_valuation_price(root(), hub::USDT, Some(FixedU128::from_u32(1))));
	assert_ok!(Intents::set_valuation_price(root(), hub::DOT, Some(FixedU128::from_u32(5))));
	let strategies_account = Strategies::account_id();
	world.reserve_transfer_in(hub::DOT, 1_000 * DOT, &strategies_account);
	for who in 0..USERS.len() as u8 {
		world.reserve_transfer_in(hub::USDT, 20_000 * USDT, &user(who));
		world.reserve_transfer_in(hub::DOT, 2_000 * DOT, &user(who));
	}
}
