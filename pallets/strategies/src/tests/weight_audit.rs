//! The weight audit: each call and each weight-charging path of the hook, in the worst case
//! built for it here, charges at least the database reads, writes and proof it really uses,
//! counted as a benchmark counts them (`plexus-weight-audit`). A benchmark whose set-up is not
//! the worst case fails here.
//!
//! The worst cases: a vault with `MaxStrategiesPerVault` strategies (the mock has the runtime's
//! bound, 16, so that the loops over a vault's strategies — investable assets, report
//! deadlines — touch what the runtime's weights were measured for), strategies with the
//! largest adapter (two call templates of `MAX_TEMPLATE_BYTES`), accounts created rather than
//! existing, held reports lifted, more stale holds than a block clears.
//!
//! What the mock cannot show: its vaults are one unhashed key each (`pallet-vaults` reads and
//! writes `Vaults::Vaults`, and `report_gain` may mint performance-fee shares), its gauges and
//! its XCM sender are thread-locals (the runtime's `pallet-xcm` and XCMP queue read and write
//! `PolkadotXcm::Queries`/`QueryCounter`, `XcmpQueue::*`, the delivery fee's `System::Account`).
//! The mock therefore touches *less* than the runtime in those places: the audit checks the
//! pallet's own storage and `pallet-assets`, against weights that also pay for the runtime's
//! XCM storage.
//!
//! Three audits fail on the weights of the last benchmark run and pass once they are
//! regenerated from the benchmarks as they are now, each of which builds the worst case:
//! `release_inflow` into an account it creates (`System::Account`), `force_report` lifting a
//! held loss (`VaultViews`' held reports), and the hook clearing a full batch of stale holds with more left
//! (the next key is read).

use super::*;
use crate::{HeldInflow, PendingHold};
use plexus_weight_audit::{
	assert_covers, benchmark_whitelist, charged_by_dispatch, Accessed, Declared,
};
use polkadot_sdk::{
	frame_support::{
		storage::StoragePrefixedMap,
		traits::{Get, Hooks, StorageInfoTrait, WhitelistedStorageKeys},
		weights::Weight,
	},
	frame_system,
	sp_io::TestExternalities,
};

/// Strategies of a vault at most (the runtime's bound).
fn max_strategies() -> u32 {
	<Test as crate::Config>::MaxStrategiesPerVault::get()
}

/// The whitelist of a benchmark whose caller is `caller`.
fn whitelist(caller: u64) -> Vec<polkadot_sdk::sp_core::storage::TrackedStorageKey> {
	benchmark_whitelist(
		AllPalletsWithSystem::whitelisted_storage_keys(),
		Some(frame_system::Account::<Test>::hashed_key_for(caller)),
	)
}

/// Audits `call` dispatched by `caller` on the state `scenario` builds.
fn audit(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	caller: u64,
	call: impl Fn() -> crate::Call<Test>,
) -> (Accessed, Declared) {
	assert_covers(
		name,
		scenario,
		whitelist(caller),
		MockDbWeight::set,
		|| charged_by_dispatch(name, call(), RuntimeOrigin::signed(caller)),
		&AllPalletsWithSystem::storage_info(),
	)
}

/// Audits the weight `hook` returns on the state `scenario` builds (no caller).
fn audit_hook(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	hook: impl Fn() -> Weight,
) -> (Accessed, Declared) {
	assert_covers(
		name,
		scenario,
		benchmark_whitelist(AllPalletsWithSystem::whitelisted_storage_keys(), None),
		MockDbWeight::set,
		hook,
		&AllPalletsWithSystem::storage_info(),
	)
}

/// A strategy of `vault` with the largest adapter: two call templates of `MAX_TEMPLATE_BYTES`.
fn largest_params(vault: u32) -> StrategyParams<u64, u64> {
	let template = |byte: u8, amount| CallTemplate {
		prefix: BoundedVec::truncate_from(vec![byte; MAX_TEMPLATE_BYTES as usize]),
		amount,
		suffix: BoundedVec::truncate_from(vec![byte; MAX_TEMPLATE_BYTES as usize]),
	};
	StrategyParams {
		adapter: Adapter::EncodedCall {
			allocate: template(1, AmountEncoding::U128),
			deallocate: template(2, AmountEncoding::Compact),
		},
		..params(vault)
	}
}

/// Registers a strategy with [`largest_params`]; its id.
fn register_largest(vault: u32) -> u32 {
	assert_ok!(Strategies::register_strategy(admin(), Box::new(largest_params(vault))));
	crate::NextStrategyId::<Test>::get() - 1
}

/// The governed vault with `MaxStrategiesPerVault` strategies, each holding 10 000 of debt,
/// 100 000 idle left and fee funds; returns the strategies' ids.
fn full_governed_vault() -> (TestExternalities, Vec<u32>) {
	let mut ext = new_test_ext();
	let ids = ext.execute_with(|| {
		fund(GOVERNED, 100_000 + 10_000 * u128::from(max_strategies()));
		let ids: Vec<u32> = (0..max_strategies()).map(|_| register_largest(GOVERNED)).collect();
		for &id in &ids {
			assert_ok!(Strategies::allocate(admin(), id, 10_000));
			assert_ok!(respond(last_query(), None));
		}
		ids
	});
	(ext, ids)
}

/// [`full_governed_vault`] whose last strategy has `kind` of 5 000 in flight; its query.
fn in_flight(kind: OperationKind) -> (TestExternalities, u64) {
	let (mut ext, ids) = full_governed_vault();
	let query = ext.execute_with(|| {
		let id = *ids.last().unwrap();
		assert_ok!(match kind {
			OperationKind::Allocate => Strategies::allocate(admin(), id, 5_000),
			OperationKind::Deallocate => Strategies::deallocate(admin(), id, 5_000),
		});
		last_query()
	});
	(ext, query)
}

/// The id of the last strategy of [`full_governed_vault`].
fn last_strategy() -> u32 {
	max_strategies() - 1
}

#[test]
fn register_hub_asset_creating_its_asset() {
	let location = Location::new(
		1,
		[
			Parachain(4321),
			PalletInstance(50),
			GeneralIndex(u128::MAX),
			GeneralKey { length: 32, data: [7; 32] },
		],
	);
	audit("register_hub_asset", new_test_ext, ADMIN, || crate::Call::register_hub_asset {
		asset: 4321,
		location: vloc(location.clone()),
		name: BoundedVec::truncate_from(vec![b'n'; 32]),
		symbol: BoundedVec::truncate_from(vec![b's'; 32]),
		decimals: 12,
		min_balance: 1,
	});
}

#[test]
fn register_branch_of_a_new_chain() {
	audit("register_branch", new_test_ext, ADMIN, || crate::Call::register_branch {
		branch: vloc(Location::new(1, [Parachain(4321)])),
	});
}

#[test]
fn set_inflow_limit_of_a_registered_branch() {
	audit("set_inflow_limit", new_test_ext, ADMIN, || crate::Call::set_inflow_limit {
		asset: USDT,
		branch: vloc(asset_hub()),
		limit: Some(InflowLimit { cap: 1_000, per_epoch: 100 }),
	});
}

/// The beneficiary of the held inflow: an account that does not exist yet.
const NEW_ACCOUNT: u64 = 3_000;

/// A held inflow (id 0) of 1 000 USDT for [`NEW_ACCOUNT`], releasable by anyone.
fn held_inflow() -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		assert_ok!(Assets::mint_into(USDT, &Strategies_::hold_account(), 1_000_001));
		HeldInflows::<Test>::insert(
			0,
			HeldInflow {
				beneficiary: NEW_ACCOUNT,
				asset: USDT,
				amount: 1_000,
				branch: asset_hub(),
				releasable_at: 1,
			},
		);
		crate::NextHeldId::<Test>::put(1);
		System::set_block_number(1 + EPOCH);
	});
	ext
}

/// Released by someone else than the beneficiary, into an account it creates: the sufficient
/// hub asset creates the beneficiary's `System::Account` (its `sufficients`), which the
/// benchmark did not count (its beneficiary was the caller, whose account is whitelisted).
#[test]
fn release_inflow_by_anyone_into_a_new_account() {
	let (accessed, _) =
		audit("release_inflow", held_inflow, BOB, || crate::Call::release_inflow { id: 0 });
	assert!(
		accessed.by_prefix.iter().any(|(prefix, _, w)| {
			prefix.starts_with(&frame_system::Account::<Test>::final_prefix()) && *w > 0
		}),
		"the beneficiary's account was created"
	);
}

#[test]
fn return_inflow_to_the_reserve() {
	audit("return_inflow", held_inflow, ADMIN, || crate::Call::return_inflow {
		id: 0,
		beneficiary: vloc(Location::new(0, [AccountId32 { network: None, id: [7; 32] }])),
	});
}

/// The whole balance: the caller's asset account is removed.
#[test]
fn withdraw_to_of_a_whole_balance() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			assert_ok!(Assets::mint_into(USDT, &ALICE, 1_000_000));
		});
		ext
	};
	audit("withdraw_to", scenario, ALICE, || crate::Call::withdraw_to {
		asset: USDT,
		amount: 1_000_000,
		destination: vloc(asset_hub()),
		beneficiary: vloc(Location::new(0, [AccountId32 { network: None, id: [7; 32] }])),
	});
}

#[test]
fn register_strategy_filling_its_vault() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			for _ in 1..max_strategies() {
				register_largest(GOVERNED);
			}
		});
		ext
	};
	audit("register_strategy", scenario, ADMIN, || crate::Call::register_strategy {
		params: Box::new(largest_params(GOVERNED)),
	});
}

#[test]
fn retire_strategy_with_debt() {
	audit(
		"retire_strategy",
		|| full_governed_vault().0,
		ADMIN,
		|| crate::Call::retire_strategy { strategy: last_strategy() },
	);
}

/// A new strategy of a full vault, paying the last of the pallet's fee funds (its fee account
/// is removed).
#[test]
fn allocate_spending_the_last_fee_funds() {
	let scenario = || {
		let mut ext = full_governed_vault().0;
		ext.execute_with(|| {
			let funds = Assets::balance(DOT, Strategies_::account_id());
			assert_ok!(Assets::burn_from(
				DOT,
				&Strategies_::account_id(),
				funds - 10,
				polkadot_sdk::frame_support::traits::tokens::Preservation::Expendable,
				polkadot_sdk::frame_support::traits::tokens::Precision::Exact,
				polkadot_sdk::frame_support::traits::tokens::Fortitude::Polite,
			));
		});
		ext
	};
	audit("allocate", scenario, ADMIN, || crate::Call::allocate {
		strategy: last_strategy(),
		amount: 5_000,
	});
}

#[test]
fn deallocate_of_a_whole_debt() {
	audit(
		"deallocate",
		|| full_governed_vault().0,
		ADMIN,
		|| crate::Call::deallocate { strategy: last_strategy(), amount: 10_000 },
	);
}

/// The last strategy of a full vault weighs 100%: it allocates (burns from the vault account
/// and pays the fee, where a deallocation only pays the fee). The mock's XCM touches no storage,
/// so this passes here even against a benchmark of the deallocation; in the runtime the
/// allocation reads `Assets::Asset`, `Assets::Account` and `Strategies::HubAssets` once more
/// and writes the first two: the benchmark measures it where the runtime's helper can give a
/// strategy gauge weight (`BenchmarkHelper::give_all_gauge_weight`).
#[test]
fn rebalance_allocating_in_a_full_vault() {
	let scenario = || {
		let mut ext = full_governed_vault().0;
		ext.execute_with(|| {
			WEIGHTS.with(|w| *w.borrow_mut() = vec![(last_strategy(), Perbill::one())]);
		});
		ext
	};
	audit("rebalance (allocate)", scenario, ALICE, || crate::Call::rebalance {
		strategy: last_strategy(),
	});
}

/// No gauge weight: the strategy leaves (the benchmark's case).
#[test]
fn rebalance_deallocating_in_a_full_vault() {
	audit(
		"rebalance (deallocate)",
		|| full_governed_vault().0,
		ALICE,
		|| crate::Call::rebalance { strategy: last_strategy() },
	);
}

#[test]
fn report_of_a_gain_in_a_full_vault() {
	audit(
		"report (gain)",
		|| full_governed_vault().0,
		REPORTER,
		|| crate::Call::report { strategy: last_strategy(), value: 10_400 },
	);
}

#[test]
fn report_of_a_loss_beyond_its_bound_held() {
	let (accessed, _) = audit(
		"report (held loss)",
		|| full_governed_vault().0,
		REPORTER,
		|| crate::Call::report { strategy: last_strategy(), value: 5_000 },
	);
	assert!(accessed.writes >= 2, "the report was held");
}

/// A held loss of a full vault lifted by a forced gain: the vault's view is read and written on
/// top of the report, which the benchmark (no held report) does not count.
#[test]
fn force_report_lifting_a_held_loss_with_a_gain() {
	let scenario = || {
		let mut ext = full_governed_vault().0;
		ext.execute_with(|| {
			assert_ok!(Strategies::report(RuntimeOrigin::signed(REPORTER), last_strategy(), 5_000));
			assert_eq!(crate::VaultViews::<Test>::get(GOVERNED).held_reports, 1);
		});
		ext
	};
	audit("force_report", scenario, ADMIN, || crate::Call::force_report {
		strategy: last_strategy(),
		value: 12_000,
	});
}

/// `on_response` is dispatched by `pallet-xcm` (in the mock, signed by [`AH_RESPONDER`]).
fn response(query: u64, error: Option<(u32, XcmError)>) -> crate::Call<Test> {
	crate::Call::on_response { query_id: query, response: Response::ExecutionResult(error) }
}

#[test]
fn on_response_of_a_failed_allocation_reminting() {
	let query = in_flight(OperationKind::Allocate).1;
	audit(
		"on_response (failed allocation)",
		|| in_flight(OperationKind::Allocate).0,
		AH_RESPONDER,
		move || response(query, Some((3, XcmError::ExpectationFalse))),
	);
}

#[test]
fn on_response_of_a_completed_deallocation_minting() {
	let query = in_flight(OperationKind::Deallocate).1;
	audit(
		"on_response (completed deallocation)",
		|| in_flight(OperationKind::Deallocate).0,
		AH_RESPONDER,
		move || response(query, None),
	);
}

#[test]
fn on_response_of_a_completed_allocation() {
	let query = in_flight(OperationKind::Allocate).1;
	audit(
		"on_response (completed allocation)",
		|| in_flight(OperationKind::Allocate).0,
		AH_RESPONDER,
		move || response(query, None),
	);
}

#[test]
fn force_resolve_of_a_timed_out_allocation_as_failed() {
	let query = in_flight(OperationKind::Allocate).1;
	let scenario = || {
		let mut ext = in_flight(OperationKind::Allocate).0;
		ext.execute_with(|| System::set_block_number(1 + TIMEOUT));
		ext
	};
	audit("force_resolve", scenario, ADMIN, move || crate::Call::force_resolve {
		query_id: query,
		succeeded: false,
	});
}

/// More pending holds than a block clears, with the largest branch location.
#[test]
fn on_initialize_with_more_stale_holds_than_it_clears() {
	let limit: u32 = <Test as crate::Config>::MaxStaleHoldsCleared::get();
	let scenario = move || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			let branch = Location::new(
				1,
				[
					Parachain(1),
					PalletInstance(50),
					GeneralIndex(u128::MAX),
					GeneralKey { length: 32, data: [7; 32] },
				],
			);
			for i in 0..limit + 4 {
				let mut message = [0u8; 32];
				message[..4].copy_from_slice(&i.to_le_bytes());
				PendingHolds::<Test>::insert(
					message,
					USDT,
					PendingHold { branch: branch.clone(), amount: u128::MAX },
				);
			}
			System::set_block_number(2);
		});
		// Written by earlier blocks: in the database, not in this block's overlay (the
		// clean-up tells them apart).
		ext.commit_all().unwrap();
		ext
	};
	let (accessed, _) =
		audit_hook("on_initialize (pending holds)", scenario, || Strategies::on_initialize(2));
	assert_eq!(accessed.writes, limit, "a full batch of stale holds was removed");
}

#[test]
fn on_initialize_with_nothing_pending() {
	audit_hook("on_initialize (idle)", new_test_ext, || Strategies::on_initialize(2));
}
