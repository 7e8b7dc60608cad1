//! Tests of the types' own arithmetic: inflow windows, call templates, adapters, deadlines
//! (`types.rs`).

use super::*;
use codec::Decode;

#[test]
fn inflow_is_accepted_up_to_the_window_and_the_cap() {
	let limit = InflowLimit { cap: 1_000, per_epoch: 300 };
	let mut flow = BranchFlow::default();
	assert_eq!(flow.accept(Some(&limit), 0, 500), 300, "window");
	flow.record_inflow(0, 300);
	assert_eq!(flow.accept(Some(&limit), 0, 1), 0, "window used up");
	assert_eq!(flow.accept(Some(&limit), 1, 500), 300, "a new epoch opens a new window");
	flow.record_inflow(1, 300);
	flow.record_inflow(2, 300);
	assert_eq!(flow.liquidity, 900);
	assert_eq!(flow.accept(Some(&limit), 3, 500), 100, "cap");
	flow.record_outflow(400);
	assert_eq!(flow.accept(Some(&limit), 3, 500), 300, "outflow frees the cap");
	assert_eq!(flow.accept(None, 3, u128::MAX), u128::MAX, "no limit");
	flow.record_outflow(u128::MAX);
	assert_eq!(flow.liquidity, 0, "never below zero");
}

#[test]
fn templates_splice_the_amount_between_prefix_and_suffix() {
	let t = CallTemplate {
		prefix: BoundedVec::truncate_from(vec![7, 1]),
		amount: AmountEncoding::Compact,
		suffix: BoundedVec::truncate_from(vec![9]),
	};
	assert_eq!(t.encode_with(1), vec![7, 1, 4, 9]);
	let t = CallTemplate { amount: AmountEncoding::U128, ..t };
	let mut expected = vec![7, 1];
	expected.extend_from_slice(&5u128.to_le_bytes());
	expected.push(9);
	assert_eq!(t.encode_with(5), expected);
}

#[test]
fn asset_rewards_calls_encode_as_stake_and_unstake() {
	let a = Adapter::AssetRewardsPool { pallet_index: 61, pool: 3 };
	let stake = a.allocate_call(10);
	assert_eq!(&stake[..2], &[61, 1]);
	assert_eq!(<(u8, u8, u32, u128)>::decode(&mut &stake[..]).unwrap(), (61, 1, 3, 10));
	let unstake = a.deallocate_call(10);
	assert_eq!(
		<(u8, u8, u32, u128, Option<[u8; 32]>)>::decode(&mut &unstake[..]).unwrap(),
		(61, 2, 3, 10, None)
	);
}

#[test]
fn a_strategy_without_debt_is_never_stale() {
	let s = Strategy::<u64, u32> {
		params: StrategyParams {
			vault: 0,
			destination: Location::parent(),
			adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 },
			cap: 100,
			max_report_change_bps: 100,
			max_report_age: 10,
			report_origin: ReportOrigin::Account(1),
			remote_fee: 1,
			min_operation: 0,
			rebalance_threshold_bps: 0,
		},
		asset: 1,
		status: StrategyStatus::Active,
		debt: 0,
		in_transit: 0,
		last_report: 5,
		last_rebalance: None,
		operation: None,
		yield_bps: 0,
		window: Default::default(),
		held_report: None,
	};
	assert_eq!(s.report_deadline(), None);
	assert_eq!(Strategy { debt: 1, ..s }.report_deadline(), Some(15));
}
