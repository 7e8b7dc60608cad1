//! Gauges in the runtime: an emission gauge created by a `LiquidityAdmin` referendum, PLX locked
//! and voted with, a USDT co-incentive claimed by the voter and PLX emissions claimed by a vault
//! share holder who staked, across weekly epochs; allocation gauges whose votes shift the target
//! allocation of the demo vault between two strategies.

use super::{account, ext_for, governance::pass_liquidity_admin_referendum};
use pallet_gauges::{GaugeKind, GaugeStatus};
use plexus_runtime::{
	configs::{EmissionPerEpoch, GaugeEpochLength},
	hub_assets as hub, Assets, Balances, Gauges, Runtime, RuntimeCall, RuntimeOrigin, Strategies,
	System, Vaults, UNIT,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::Inspect as _, Hooks},
	},
	sp_keyring::Sr25519Keyring,
	sp_runtime::{DispatchError, Perbill},
};

/// The demo USDT vault of the presets.
const DEMO_VAULT: u32 = 0;

/// Jumps to the first block of `epoch` (plus `extra` blocks) and runs the gauges' keeper there,
/// as the first block of an epoch does.
fn go_to_epoch(epoch: u32, extra: u32) {
	let block = epoch * GaugeEpochLength::get() + extra;
	System::set_block_number(block);
	Gauges::on_initialize(block);
	super::check_invariants();
}

#[test]
fn only_governance_creates_gauges_and_allocation_gauges_need_a_strategy() {
	ext_for("development").execute_with(|| {
		assert_noop!(
			Gauges::create_gauge(
				RuntimeOrigin::signed(account(Sr25519Keyring::Alice)),
				GaugeKind::Emission { vault: DEMO_VAULT }
			),
			DispatchError::BadOrigin
		);
		// No strategy 0 is registered in the presets.
		assert_noop!(
			Gauges::create_gauge(
				RuntimeOrigin::root(),
				GaugeKind::Allocation { vault: DEMO_VAULT, strategy: 0 }
			),
			pallet_gauges::Error::<Runtime>::UnknownStrategy
		);
	});
}

/// Registers a strategy of the demo vault on Asset Hub by `Root` and returns its id.
pub(crate) fn register_strategy() -> u32 {
	use pallet_strategies::{Adapter, ReportOrigin, StrategyParams};
	let params = StrategyParams {
		vault: DEMO_VAULT,
		destination: plexus_runtime::configs::xcm_config::AssetHubLocation::get(),
		adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 },
		cap: u128::MAX,
		max_report_change_bps: 1_000,
		max_report_age: plexus_runtime::DAYS,
		report_origin: ReportOrigin::Account(account(Sr25519Keyring::Ferdie)),
		remote_fee: 1_000_000,
		min_operation: 0,
		rebalance_threshold_bps: 0,
	};
	assert_ok!(Strategies::register_strategy(RuntimeOrigin::root(), Box::new(params)));
	pallet_strategies::NextStrategyId::<Runtime>::get() - 1
}

/// The gauge target of a strategy as `pallet-strategies` computes it for `rebalance`.
fn target(strategy: u32) -> u128 {
	Strategies::api_strategy(strategy).unwrap().target.expect("governed vault")
}

#[test]
fn votes_shift_a_governed_vaults_target_allocation_between_two_strategies() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let bob = account(Sr25519Keyring::Bob);
		let charlie = account(Sr25519Keyring::Charlie);
		let (a, b) = (register_strategy(), register_strategy());
		for strategy in [a, b] {
			assert_ok!(Gauges::create_gauge(
				RuntimeOrigin::root(),
				GaugeKind::Allocation { vault: DEMO_VAULT, strategy }
			));
		}
		let (gauge_a, gauge_b) = (0, 1);
		// 10 000 USDT in the demo vault (less its account's floor, one minimum balance, which the
		// first deposit pays), 10% of which is its idle buffer: ~9 000 to allocate.
		assert_ok!(Vaults::deposit(RuntimeOrigin::signed(alice), DEMO_VAULT, 10_000_000_000, 0));
		let floor =
			<Assets as polkadot_sdk::frame_support::traits::fungibles::Inspect<_>>::minimum_balance(
				plexus_runtime::hub_assets::USDT,
			);
		let allocatable = (10_000_000_000 - floor) * 9 / 10;
		assert_eq!((target(a), target(b)), (0, 0), "nobody voted: no target");
		assert_ok!(Gauges::lock(RuntimeOrigin::signed(bob.clone()), 3_000 * UNIT, 104));
		assert_ok!(Gauges::lock(RuntimeOrigin::signed(charlie.clone()), 1_000 * UNIT, 104));

		// Epoch 1: Bob puts all on A, Charlie all on B; the weights count from epoch 2.
		go_to_epoch(1, 0);
		assert_ok!(Gauges::vote(
			RuntimeOrigin::signed(bob.clone()),
			vec![(gauge_a, 10_000)].try_into().unwrap()
		));
		assert_ok!(Gauges::vote(
			RuntimeOrigin::signed(charlie.clone()),
			vec![(gauge_b, 10_000)].try_into().unwrap()
		));
		assert_eq!((target(a), target(b)), (0, 0), "votes count from the next epoch");
		go_to_epoch(2, 0);
		// Bob has 3× Charlie's power: A targets 75% of 9 000 USDT, B 25%.
		assert_eq!(target(a), allocatable * 3 / 4);
		assert_eq!(target(b), allocatable / 4);

		// Epoch 2: Bob moves his whole vote to B; from epoch 3 B targets everything.
		assert_ok!(Gauges::vote(
			RuntimeOrigin::signed(bob),
			vec![(gauge_a, 0), (gauge_b, 10_000)].try_into().unwrap()
		));
		go_to_epoch(3, 0);
		assert_eq!(target(a), 0);
		assert_eq!(target(b), allocatable);
	});
}

#[test]
fn votes_steer_emissions_and_voters_claim_co_incentives() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let bob = account(Sr25519Keyring::Bob);
		pass_liquidity_admin_referendum(RuntimeCall::Gauges(pallet_gauges::Call::create_gauge {
			kind: GaugeKind::Emission { vault: DEMO_VAULT },
		}));
		let gauge = 0;
		assert_eq!(Gauges::gauge_summary(gauge).unwrap().status, GaugeStatus::Active);

		// Epoch 0: Bob locks 1 000 PLX for the longest time; Alice deposits USDT into the demo
		// vault and stakes her shares in its emission gauge.
		let now = Gauges::current_epoch();
		assert_eq!(now, 0);
		assert_ok!(Gauges::lock(RuntimeOrigin::signed(bob.clone()), 1_000 * UNIT, 104));
		assert_eq!(Gauges::voting_power(&bob, None), 1_000 * UNIT);
		assert_ok!(Vaults::deposit(
			RuntimeOrigin::signed(alice.clone()),
			DEMO_VAULT,
			1_000_000_000,
			0
		));
		let share = plexus_primitives::assets::FIRST_SHARE_ASSET_ID + DEMO_VAULT;
		let shares = Assets::balance(share, &alice);
		assert_ok!(Gauges::stake(RuntimeOrigin::signed(alice.clone()), gauge, shares));

		// Epoch 1: Bob votes (his lock predates the epoch); Alice, a DAO, puts 100 USDT on the
		// gauge for epoch 2.
		go_to_epoch(1, 0);
		let votes = vec![(gauge, 10_000u16)].try_into().unwrap();
		assert_ok!(Gauges::vote(RuntimeOrigin::signed(bob.clone()), votes));
		assert_ok!(Gauges::add_incentive(
			RuntimeOrigin::signed(alice.clone()),
			gauge,
			2,
			hub::USDT,
			100_000_000
		));
		let summary = Gauges::gauge_summary(gauge).unwrap();
		assert_eq!((summary.weight_current, summary.relative_next), (0, Perbill::one()));

		// Epoch 2: the vote counts; the whole emission goes to the gauge and streams to Alice.
		go_to_epoch(2, 0);
		let summary = Gauges::gauge_summary(gauge).unwrap();
		assert_eq!(summary.relative_current, Perbill::one());
		assert_eq!(summary.emission_current, EmissionPerEpoch::get());
		go_to_epoch(3, 0);
		let plx_before = Balances::balance(&alice);
		assert_ok!(Gauges::claim_emissions(RuntimeOrigin::signed(alice.clone()), gauge));
		let minted = Balances::balance(&alice) - plx_before;
		assert!(
			minted <= EmissionPerEpoch::get() && minted + 10 >= EmissionPerEpoch::get(),
			"{minted}"
		);

		// Bob was the gauge's only voter in epoch 2: the whole pot is his.
		let usdt_before = Assets::balance(hub::USDT, &bob);
		assert_ok!(Gauges::claim_incentives(RuntimeOrigin::signed(bob.clone()), gauge, 16));
		assert_eq!(Assets::balance(hub::USDT, &bob) - usdt_before, 100_000_000);
		assert_noop!(
			Gauges::claim_incentives(RuntimeOrigin::signed(bob.clone()), gauge, 16),
			pallet_gauges::Error::<Runtime>::NothingToClaim
		);

		// Bob's PLX stays frozen until the lock ends.
		assert_noop!(
			Gauges::withdraw(RuntimeOrigin::signed(bob)),
			pallet_gauges::Error::<Runtime>::LockNotExpired
		);
		assert_ok!(Gauges::unstake(RuntimeOrigin::signed(alice.clone()), gauge, shares));
		assert_eq!(Assets::balance(share, &alice), shares);
	});
}
