//! The weight audit: each call (and each weight-charging path of `on_initialize`), in the worst
//! case built for it here, charges at least the database reads, writes and proof it really uses,
//! counted as a benchmark counts them (`plexus-weight-audit`: distinct keys on polkadot-sdk's
//! benchmarking database, the caller's account and the runtime's whitelisted keys excluded).
//! "Charges" is the post-dispatch weight after any refund. A benchmark whose set-up is not the
//! worst case, or a call that charges a component below what it touched, fails here.
//!
//! The worst cases: gauges one epoch behind (the inline catch-up) and the emission total not
//! yet rolled where a call may roll it, full vote histories, full pot lists, accounts created
//! or reaped by the transfers, `MaxVotes` gauges voted and `MaxClaimEpochs` epochs walked.

use super::*;
use crate::pallet::{EmissionSlopeChanges, SlopeChanges};
use plexus_weight_audit::{
	assert_covers, benchmark_whitelist, charged_by_dispatch, Accessed, Declared,
};
use polkadot_sdk::{
	frame_support::{
		traits::{fungibles::Create, Get, Hooks, StorageInfoTrait, WhitelistedStorageKeys},
		weights::Weight,
		BoundedVec,
	},
	frame_system,
	sp_io::TestExternalities,
};

type MaxVotesOf = <Test as crate::Config>::MaxVotes;
type MaxClaimEpochsOf = <Test as crate::Config>::MaxClaimEpochs;
type MaxPotsOf = <Test as crate::Config>::MaxIncentivesPerEpoch;

fn max_votes() -> u32 {
	<MaxVotesOf as Get<u32>>::get()
}
fn max_claim_epochs() -> u32 {
	<MaxClaimEpochsOf as Get<u32>>::get()
}
fn max_pots() -> u32 {
	<MaxPotsOf as Get<u32>>::get()
}

/// Audits `call` dispatched by `caller` on the state `scenario` builds.
fn audit(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	caller: u64,
	call: impl Fn() -> crate::Call<Test>,
) -> (Accessed, Declared) {
	let whitelist = benchmark_whitelist(
		AllPalletsWithSystem::whitelisted_storage_keys(),
		Some(frame_system::Account::<Test>::hashed_key_for(caller)),
	);
	assert_covers(
		name,
		scenario,
		whitelist,
		MockDbWeight::set,
		|| charged_by_dispatch(name, call(), RuntimeOrigin::signed(caller)),
		&AllPalletsWithSystem::storage_info(),
	)
}

/// Audits the hook path `hook` (its returned weight is what it charges) on `scenario`.
fn audit_hook(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	hook: impl Fn() -> Weight,
) -> (Accessed, Declared) {
	let whitelist = benchmark_whitelist(AllPalletsWithSystem::whitelisted_storage_keys(), None);
	assert_covers(
		name,
		scenario,
		whitelist,
		MockDbWeight::set,
		hook,
		&AllPalletsWithSystem::storage_info(),
	)
}

/// Sets the block without running any hook: gauges and the emission total stay behind.
fn jump_to_block(n: u64) {
	System::set_block_number(n);
}

/// Sets the block to the first one of `epoch` without running any hook.
fn jump_to_epoch(epoch: u32) {
	jump_to_block(u64::from(epoch) * EPOCH);
}

/// Creates the emission gauge of each vault in `vaults`; returns their ids.
fn emission_gauges(vaults: impl IntoIterator<Item = VaultId>) -> Vec<GaugeId> {
	vaults
		.into_iter()
		.map(|vault| {
			let id = crate::pallet::NextGaugeId::<Test>::get();
			assert_ok!(Gauges::create_gauge(signed(ADMIN), GaugeKind::Emission { vault }));
			id
		})
		.collect()
}

/// `MaxVotes` emission gauges (vaults 0, 2, 3, …), and Alice's lock made in epoch 0 until
/// `MAX_LOCK`.
fn voter_and_max_gauges() -> Vec<GaugeId> {
	let n = max_votes();
	let gauges = emission_gauges([GOVERNED].into_iter().chain(2..VAULTS).take(n as usize));
	assert_ok!(Gauges::lock(signed(ALICE), 1_000, MAX_LOCK));
	gauges
}

/// Alice voted for `MaxVotes` emission gauges in each of the epochs `1..=MaxVoteHistory`
/// (alternating bps, so each vote replaced the last), the chain now at the first block of the
/// next epoch with no hook run: every gauge one epoch behind, the emission total not rolled.
fn full_vote_histories() -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		let gauges = voter_and_max_gauges();
		for e in 1..=history() {
			jump_to_epoch(e);
			assert_ok!(Gauges::vote(signed(ALICE), vote_list(&gauges, e)));
		}
		jump_to_epoch(history() + 1);
	});
	ext
}

fn history() -> u32 {
	<<Test as crate::Config>::MaxVoteHistory as Get<u32>>::get()
}

/// The votes Alice casts in epoch `epoch`: the same bps on every gauge, halved in even epochs.
fn vote_list(gauges: &[GaugeId], epoch: EpochIndex) -> BoundedVec<(GaugeId, u16), MaxVotesOf> {
	let bps = (10_000 / gauges.len()) as u16;
	let share = if epoch.is_multiple_of(2) { bps / 2 } else { bps };
	gauges.iter().map(|g| (*g, share)).collect::<Vec<_>>().try_into().unwrap()
}

/// The gauges of [`voter_and_max_gauges`].
fn max_gauges() -> Vec<GaugeId> {
	(0..max_votes()).collect()
}

#[test]
fn vote_over_max_gauges_each_behind_with_full_histories_and_the_total_not_rolled() {
	let (accessed, _) = audit("vote", full_vote_histories, ALICE, || crate::Call::vote {
		votes: vote_list(&max_gauges(), history() + 1),
	});
	assert!(accessed.writes >= 4 * max_votes(), "every gauge, slot, archive and weight");
}

/// The same votes with the emission total rolled and the first gauges moved by this block's
/// `on_initialize`, as in a running chain: `vote` refunds what it did not do.
#[test]
fn vote_over_max_gauges_after_the_epoch_roll() {
	let scenario = || {
		let mut ext = full_vote_histories();
		ext.execute_with(|| {
			<Gauges as Hooks<u64>>::on_initialize(System::block_number());
		});
		ext
	};
	audit("vote after the roll", scenario, ALICE, || crate::Call::vote {
		votes: vote_list(&max_gauges(), history() + 1),
	});
}

/// The emission total rolled by `on_initialize` but no gauge moved by the keeper: every gauge
/// is moved by the vote and reads the epoch's final total from the database.
#[test]
fn vote_over_max_gauges_all_behind_after_the_total_rolled() {
	let scenario = || {
		let mut ext = full_vote_histories();
		ext.execute_with(|| {
			Gauges::roll_emission_total();
		});
		ext
	};
	audit("vote after the total rolled", scenario, ALICE, || crate::Call::vote {
		votes: vote_list(&max_gauges(), history() + 1),
	});
}

#[test]
fn lock_of_a_new_locker() {
	audit("lock", new_test_ext, ALICE, || crate::Call::lock {
		amount: 1_000,
		until_epoch: MAX_LOCK,
	});
}

/// Alice's lock made in epoch 0, the chain in epoch 1 (the change notes the lock's state).
fn locked_last_epoch() -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 2));
		jump_to_epoch(1);
	});
	ext
}

#[test]
fn extend_lock_changed_in_a_new_epoch() {
	audit("extend_lock", locked_last_epoch, ALICE, || crate::Call::extend_lock {
		until_epoch: 1 + MAX_LOCK,
	});
}

#[test]
fn increase_amount_changed_in_a_new_epoch() {
	audit("increase_amount", locked_last_epoch, ALICE, || crate::Call::increase_amount {
		amount: 1_000,
	});
}

#[test]
fn withdraw_of_an_ended_lock_with_votes() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			create_gauges();
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, 3));
			run_to_epoch(1, 0);
			assert_ok!(Gauges::vote(
				signed(ALICE),
				votes(&[(GAUGE_A, 5_000), (EMISSION_GOVERNED, 5_000)])
			));
			run_to_epoch(3, 0);
		});
		ext
	};
	audit("withdraw", scenario, ALICE, || crate::Call::withdraw {});
}

#[test]
fn create_gauge_of_the_last_strategy_and_an_emission_gauge() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(create_gauges);
		ext
	};
	audit("create_gauge (allocation)", scenario, ADMIN, || crate::Call::create_gauge {
		kind: GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_C },
	});
	audit("create_gauge (emission)", scenario, ADMIN, || crate::Call::create_gauge {
		kind: GaugeKind::Emission { vault: 2 },
	});
}

/// An emission gauge with a vote in force and votes ending in every future epoch, one epoch
/// behind, the emission total not rolled.
#[test]
fn kill_gauge_of_an_emission_gauge_behind_with_slopes_ending_in_every_epoch() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			let gauge = emission_gauges([GOVERNED])[0];
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, MAX_LOCK));
			jump_to_epoch(1);
			assert_ok!(Gauges::vote(signed(ALICE), votes(&[(gauge, 10_000)])));
			for end in 3..=(2 + MAX_LOCK) {
				SlopeChanges::<Test>::insert(gauge, end, 1);
				EmissionSlopeChanges::<Test>::mutate(end, |s| *s += 1);
			}
			jump_to_epoch(2);
		});
		ext
	};
	audit("kill_gauge", scenario, ADMIN, || crate::Call::kill_gauge { gauge: 0 });
}

/// A gauge behind every epoch of Alice's vote, with votes ending at every epoch it moves to.
/// Fails with the weights of the old benchmark (one write per step); the benchmark now has
/// votes ending at every epoch walked (two writes per step).
#[test]
fn checkpoint_gauge_of_a_gauge_behind_every_epoch_of_its_vote() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			let gauge = emission_gauges([GOVERNED])[0];
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, MAX_LOCK));
			for end in 3..MAX_LOCK {
				let who = 1_000 + u64::from(end);
				<Balances as polkadot_sdk::frame_support::traits::fungible::Mutate<u64>>::set_balance(&who, 1_000);
				assert_ok!(Gauges::lock(signed(who), 100, end));
			}
			jump_to_epoch(1);
			assert_ok!(Gauges::vote(signed(ALICE), votes(&[(gauge, 10_000)])));
			for end in 3..MAX_LOCK {
				assert_ok!(Gauges::vote(signed(1_000 + u64::from(end)), votes(&[(gauge, 10_000)])));
			}
			jump_to_epoch(MAX_LOCK - 1);
			// `on_initialize` rolls the emission total at every epoch's first block.
			Gauges::roll_emission_total();
		});
		ext
	};
	let (accessed, _) = audit("checkpoint_gauge", scenario, BOB, || {
		crate::Call::checkpoint_gauge { gauge: 0, max_epochs: MAX_LOCK + 1 }
	});
	assert!(accessed.writes >= 2 * (MAX_LOCK - 3), "a weight stored, a slope taken each epoch");
}

/// An emission gauge of the governed vault with a vote from epoch 2, Alice's stake of `stake`
/// shares made in epoch 1 (if any), and the chain at block `block` with no hook run.
fn staked(stake: u128, block: u64) -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		let gauge = emission_gauges([GOVERNED])[0];
		assert_ok!(Gauges::lock(signed(BOB), 1_000, MAX_LOCK));
		jump_to_epoch(1);
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(gauge, 10_000)])));
		if stake > 0 {
			assert_ok!(Gauges::stake(signed(ALICE), gauge, stake));
		}
		jump_to_block(block);
	});
	ext
}

/// Alice stakes all her shares (her share account is reaped) in a gauge one epoch behind: the
/// pallet account's first shares of the vault.
#[test]
fn stake_of_all_shares_into_a_gauge_behind() {
	let all = 1_000_000;
	audit(
		"stake",
		|| staked(0, 2 * EPOCH + 1),
		ALICE,
		move || crate::Call::stake { gauge: 0, amount: all },
	);
}

/// Alice, the only staker, unstakes all her stake: the pallet account's share account is
/// reaped, Alice's created (she had staked all her shares).
/// Fails with the weights of the old benchmark (half a stake unstaked, the pallet account
/// kept); the benchmark now unstakes the only stake.
#[test]
fn unstake_of_the_last_stake_from_a_gauge_behind() {
	let all = 1_000_000;
	audit(
		"unstake",
		|| staked(all, 2 * EPOCH + 5),
		ALICE,
		move || crate::Call::unstake { gauge: 0, amount: all },
	);
}

#[test]
fn claim_emissions_from_a_gauge_behind() {
	audit(
		"claim_emissions",
		|| staked(1_000, 2 * EPOCH + 5),
		ALICE,
		|| crate::Call::claim_emissions { gauge: 0 },
	);
}

/// A new asset for co-incentives, which the pallet account never held.
const NEW_ASSET: u32 = 2_000;

/// The pot list of gauge 0 for epoch 1 full but one (`MaxIncentivesPerEpoch − 1` assets), the
/// DAO's first deposit in a new asset the pallet account never held.
#[test]
fn add_incentive_of_a_new_pot_in_a_new_asset_to_an_almost_full_list() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			create_gauges();
			let assets = [USDT, DOT, share_of(CURATED)];
			for asset in assets.iter().take(max_pots() as usize - 1) {
				assert_ok!(Gauges::add_incentive(signed(BOB), GAUGE_A, 1, *asset, 100));
			}
			assert_ok!(<Assets as Create<u64>>::create(NEW_ASSET, ADMIN, true, 1));
			assert_ok!(<Assets as Mutate<u64>>::mint_into(NEW_ASSET, &DAO, 1_000));
		});
		ext
	};
	audit("add_incentive", scenario, DAO, || crate::Call::add_incentive {
		gauge: GAUGE_A,
		epoch: 1,
		asset: NEW_ASSET,
		amount: 100,
	});
}

/// The DAO's whole pot refunded (the pot and, with the list full, one pot removed) from a
/// gauge one epoch behind, to a DAO that has since left the asset: its account is created again.
#[test]
fn refund_incentive_of_the_last_part_of_a_pot_from_a_gauge_behind() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			create_gauges();
			for asset in [USDT, DOT, share_of(CURATED)] {
				assert_ok!(Gauges::add_incentive(signed(DAO), EMISSION_GOVERNED, 1, asset, 100));
			}
			let rest = balance(share_of(CURATED), DAO);
			assert_ok!(Assets::transfer(signed(DAO), share_of(CURATED), BOB, rest));
			assert_eq!(balance(share_of(CURATED), DAO), 0);
			jump_to_epoch(2);
		});
		ext
	};
	audit("refund_incentive", scenario, DAO, || crate::Call::refund_incentive {
		gauge: EMISSION_GOVERNED,
		epoch: 1,
		asset: share_of(CURATED),
	});
}

/// Alice (a lock of `alice` planck) and Bob (`bob` planck) vote for emission gauge 0 from
/// epoch 2; every epoch from 2 to `MaxClaimEpochs + 1` has a full pot list (`amount` of each
/// asset); the chain is at the first block after them, the gauge one epoch behind.
fn pots_in_every_epoch(alice: u128, bob: u128, amount: u128) -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		let gauge = emission_gauges([GOVERNED])[0];
		assert_ok!(Gauges::lock(signed(ALICE), alice, MAX_LOCK));
		assert_ok!(Gauges::lock(signed(BOB), bob, MAX_LOCK));
		run_to_epoch(1, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(gauge, 10_000)])));
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(gauge, 10_000)])));
		let assets = [USDT, DOT, share_of(CURATED)];
		for epoch in 2..2 + max_claim_epochs() {
			for asset in assets.iter().take(max_pots() as usize) {
				assert_ok!(Gauges::add_incentive(signed(DAO), gauge, epoch, *asset, amount));
			}
		}
		let after = 2 + max_claim_epochs();
		run_to_block(u64::from(after) * EPOCH - 1);
		jump_to_epoch(after);
	});
	ext
}

/// Every pot of every epoch walked pays Alice: `MaxClaimEpochs` epochs, `MaxIncentivesPerEpoch`
/// pots each.
#[test]
fn claim_incentives_of_full_pots_in_max_epochs() {
	let (accessed, _) = audit(
		"claim_incentives (all paid)",
		|| pots_in_every_epoch(1_000, 1_000, 1_000),
		ALICE,
		|| crate::Call::claim_incentives { gauge: 0, max_epochs: max_claim_epochs() },
	);
	assert!(accessed.writes >= max_claim_epochs(), "every epoch's pots were paid from");
}

/// Issue #24: epochs whose pots pay the voter nothing (its share rounds to zero: Bob's weight is
/// 100 000 times Alice's) are walked, their pot lists and weights read and the lists written,
/// yet no pot is counted paid.
/// Fails with the weights of the old benchmark (pots in the first epoch only); the benchmark now
/// has a pot list in every epoch walked.
#[test]
fn claim_incentives_across_max_epochs_whose_pots_pay_nothing() {
	let (accessed, _) = audit(
		"claim_incentives (nothing paid)",
		|| pots_in_every_epoch(10, 1_000_000, 10),
		ALICE,
		|| crate::Call::claim_incentives { gauge: 0, max_epochs: max_claim_epochs() },
	);
	assert!(accessed.reads >= 2 * max_claim_epochs(), "every epoch's pots and weight read");
}

/// One pot in each epoch walked, each in a new asset in which Alice and the pallet account had
/// no account before: every payment creates Alice's account and empties the pot.
/// Fails with the weights of the old benchmark (pots in the first epoch only); the benchmark now
/// has a pot list in every epoch walked.
#[test]
fn claim_incentives_of_one_pot_per_epoch_each_in_a_new_asset() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			let gauge = emission_gauges([GOVERNED])[0];
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, MAX_LOCK));
			run_to_epoch(1, 0);
			assert_ok!(Gauges::vote(signed(ALICE), votes(&[(gauge, 10_000)])));
			for epoch in 2..2 + max_claim_epochs() {
				let asset = NEW_ASSET + epoch;
				assert_ok!(<Assets as Create<u64>>::create(asset, ADMIN, true, 1));
				assert_ok!(<Assets as Mutate<u64>>::mint_into(asset, &DAO, 1_000));
				assert_ok!(Gauges::add_incentive(signed(DAO), gauge, epoch, asset, 100));
			}
			let after = 2 + max_claim_epochs();
			run_to_block(u64::from(after) * EPOCH - 1);
			jump_to_epoch(after);
		});
		ext
	};
	audit("claim_incentives (new assets)", scenario, ALICE, || crate::Call::claim_incentives {
		gauge: 0,
		max_epochs: max_claim_epochs(),
	});
}

/// Alice voted again every epoch, so each epoch walked is a vote of its own, most of them
/// archived (each read and removed), and each epoch has one pot in a new asset (her account in
/// it created by the payment).
#[test]
fn claim_incentives_of_a_vote_replaced_every_epoch_with_a_pot_in_a_new_asset_each() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			let gauge = emission_gauges([GOVERNED])[0];
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, MAX_LOCK));
			let after = 2 + max_claim_epochs();
			for epoch in 2..after {
				let asset = NEW_ASSET + epoch;
				assert_ok!(<Assets as Create<u64>>::create(asset, ADMIN, true, 1));
				assert_ok!(<Assets as Mutate<u64>>::mint_into(asset, &DAO, 1_000));
				assert_ok!(Gauges::add_incentive(signed(DAO), gauge, epoch, asset, 100));
			}
			for epoch in 1..after - 1 {
				run_to_epoch(epoch, 0);
				let bps = if epoch % 2 == 0 { 5_000 } else { 10_000 };
				assert_ok!(Gauges::vote(signed(ALICE), votes(&[(gauge, bps)])));
			}
			assert!(crate::pallet::ArchivedVoteSlots::<Test>::iter().count() > 3);
			run_to_block(u64::from(after) * EPOCH - 1);
			jump_to_epoch(after);
		});
		ext
	};
	audit("claim_incentives (archived)", scenario, ALICE, || crate::Call::claim_incentives {
		gauge: 0,
		max_epochs: max_claim_epochs(),
	});
}

/// Full pot lists in every epoch walked, each pot in an asset Alice has no account in and her
/// share below its minimum balance: every share is skipped (the asset and her account read).
#[test]
fn claim_incentives_skipping_every_share_below_the_minimum_balance() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			let gauge = emission_gauges([GOVERNED])[0];
			assert_ok!(Gauges::lock(signed(ALICE), 10, MAX_LOCK));
			assert_ok!(Gauges::lock(signed(BOB), 1_000, MAX_LOCK));
			run_to_epoch(1, 0);
			assert_ok!(Gauges::vote(signed(ALICE), votes(&[(gauge, 10_000)])));
			assert_ok!(Gauges::vote(signed(BOB), votes(&[(gauge, 10_000)])));
			let mut asset = NEW_ASSET;
			for epoch in 2..2 + max_claim_epochs() {
				for _ in 0..max_pots() {
					asset += 1;
					assert_ok!(<Assets as Create<u64>>::create(asset, ADMIN, true, 1_000));
					assert_ok!(<Assets as Mutate<u64>>::mint_into(asset, &DAO, 100_000));
					assert_ok!(Gauges::add_incentive(signed(DAO), gauge, epoch, asset, 10_000));
				}
			}
			let after = 2 + max_claim_epochs();
			run_to_block(u64::from(after) * EPOCH - 1);
			jump_to_epoch(after);
		});
		ext
	};
	audit("claim_incentives (skipped)", scenario, ALICE, || crate::Call::claim_incentives {
		gauge: 0,
		max_epochs: max_claim_epochs(),
	});
}

/// `MaxVotes` emission gauges with votes one epoch behind, at the first block of epoch 2.
fn gauges_behind_at_an_epoch_start() -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		let gauges = voter_and_max_gauges();
		jump_to_epoch(1);
		let bps = (10_000 / gauges.len()) as u16;
		let list: Vec<_> = gauges.iter().map(|g| (*g, bps)).collect();
		assert_ok!(Gauges::vote(signed(ALICE), list.try_into().unwrap()));
		jump_to_epoch(2);
	});
	ext
}

/// The first block of an epoch: the emission total rolled and `KeeperGaugesPerBlock` gauges
/// with votes moved one epoch on.
#[test]
fn on_initialize_rolling_the_total_and_moving_gauges_at_an_epoch_start() {
	let (accessed, _) =
		audit_hook("on_initialize (epoch start)", gauges_behind_at_an_epoch_start, || {
			<Gauges as Hooks<u64>>::on_initialize(System::block_number())
		});
	assert!(
		accessed.writes >= 2 * <<Test as crate::Config>::KeeperGaugesPerBlock as Get<u32>>::get()
	);
}

/// A later block of the epoch: the keeper resumes at its cursor.
/// Fails with the weights of the old benchmark (`n` from 0: the fit lost the one read of the
/// epoch's final emission total); the benchmark now starts at `n = 1`.
#[test]
fn on_initialize_resuming_the_keeper() {
	let scenario = || {
		let mut ext = gauges_behind_at_an_epoch_start();
		ext.execute_with(|| {
			<Gauges as Hooks<u64>>::on_initialize(System::block_number());
			jump_to_block(System::block_number() + 1);
		});
		ext
	};
	audit_hook("on_initialize (resumed)", scenario, || {
		<Gauges as Hooks<u64>>::on_initialize(System::block_number())
	});
}

/// Every gauge moved already: the keeper only reads its cursor.
#[test]
fn on_initialize_with_every_gauge_moved() {
	let scenario = || {
		let mut ext = gauges_behind_at_an_epoch_start();
		ext.execute_with(|| {
			run_to_block(System::block_number() + 5);
			jump_to_block(System::block_number() + 1);
		});
		ext
	};
	audit_hook("on_initialize (idle)", scenario, || {
		<Gauges as Hooks<u64>>::on_initialize(System::block_number())
	});
}
