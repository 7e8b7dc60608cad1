//! Benchmarks of the gauges pallet (frame-benchmarking v2). Every call is measured in its worst
//! case: gauges one epoch behind (the inline catch-up), replaced votes, full pot lists.

use super::*;
use crate::{pallet::Gauges as GaugeStore, types::*};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::Get,
	traits::{fungible::Mutate as _, fungibles::Inspect as _, EnsureOrigin},
	BoundedVec,
};
use frame_system::RawOrigin;
use plexus_primitives::{bps::MAX_BPS, VaultInspect};
use polkadot_sdk::frame_benchmarking;

/// What the benchmarks need from the runtime: vaults with share tokens, strategies, assets.
pub trait BenchmarkHelper<T: Config> {
	/// Creates a governed vault whose share token exists; returns its id.
	fn create_vault() -> VaultId;
	/// Creates a strategy of `vault`, or `None` where the runtime has no strategies.
	fn create_strategy(vault: VaultId) -> Option<StrategyId>;
	/// An existing asset co-incentives can be paid in (a different one for each `seed`).
	fn create_asset(seed: u32) -> AssetIdOf<T>;
	/// Gives `who` `amount` planck of `asset` (a co-incentive asset or a share token).
	fn fund_asset(asset: AssetIdOf<T>, who: &T::AccountId, amount: u128);
}

const PLX: u128 = 1_000_000_000_000_000;
const AMOUNT: u128 = 1_000_000_000_000;

fn go_to_epoch<T: Config>(epoch: EpochIndex) {
	let block = Pallet::<T>::epoch_start(epoch);
	frame_system::Pallet::<T>::set_block_number(block.into());
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, PLX);
	who
}

/// A new emission gauge on a new vault; returns `(gauge, vault)`.
fn emission_gauge<T: Config>() -> (GaugeId, VaultId) {
	let vault = T::BenchmarkHelper::create_vault();
	let gauge = NextGaugeId::<T>::get();
	Pallet::<T>::do_create_gauge(GaugeKind::Emission { vault }).expect("new vault");
	(gauge, vault)
}

/// A voter who locked in epoch 0 until the longest end.
fn locker<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("locker", index);
	Pallet::<T>::do_lock(who.clone(), AMOUNT, T::MaxLockEpochs::get()).expect("funded");
	who
}

/// Asserts that the last event deposited is `event` of this pallet.
fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn bounded_votes<T: Config>(votes: Vec<(GaugeId, u16)>) -> BoundedVec<(GaugeId, u16), T::MaxVotes> {
	votes.try_into().expect("at most MaxVotes")
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn lock() {
		go_to_epoch::<T>(1);
		let who = funded::<T>("who", 0);
		let until = 1 + T::MaxLockEpochs::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), AMOUNT, until);
		assert!(Locks::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Locked { who, amount: AMOUNT, end: until });
	}

	#[benchmark]
	fn extend_lock() {
		let who = funded::<T>("who", 0);
		Pallet::<T>::do_lock(who.clone(), AMOUNT, 2).unwrap();
		go_to_epoch::<T>(1);
		let until = 1 + T::MaxLockEpochs::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), until);
		assert_eq!(Locks::<T>::get(&who).unwrap().end, until);
		assert_last_event::<T>(Event::LockExtended { who, end: until });
	}

	#[benchmark]
	fn increase_amount() {
		let who = locker::<T>(0);
		go_to_epoch::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), AMOUNT);
		assert_eq!(Locks::<T>::get(&who).unwrap().amount, 2 * AMOUNT);
		assert_last_event::<T>(Event::LockIncreased { who, amount: 2 * AMOUNT });
	}

	#[benchmark]
	fn withdraw() {
		let who = funded::<T>("who", 0);
		Pallet::<T>::do_lock(who.clone(), AMOUNT, 1).unwrap();
		go_to_epoch::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Locks::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Withdrawn { who, amount: AMOUNT });
	}

	#[benchmark]
	fn create_gauge() -> Result<(), BenchmarkError> {
		let vault = T::BenchmarkHelper::create_vault();
		// An allocation gauge reads the strategy and the vault's gauge list; without strategies
		// in the runtime, an emission gauge.
		let mut kind = GaugeKind::Emission { vault };
		if let Some(first) = T::BenchmarkHelper::create_strategy(vault) {
			Pallet::<T>::do_create_gauge(GaugeKind::Allocation { vault, strategy: first })?;
			for _ in 2..T::MaxGaugesPerVault::get() {
				let s = T::BenchmarkHelper::create_strategy(vault).expect("strategies");
				Pallet::<T>::do_create_gauge(GaugeKind::Allocation { vault, strategy: s })?;
			}
			let strategy = T::BenchmarkHelper::create_strategy(vault).expect("strategies");
			kind = GaugeKind::Allocation { vault, strategy };
		}
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let gauge = NextGaugeId::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, kind);
		assert!(GaugeStore::<T>::contains_key(gauge));
		assert_last_event::<T>(Event::GaugeCreated { gauge, kind });
		Ok(())
	}

	#[benchmark]
	fn kill_gauge() -> Result<(), BenchmarkError> {
		let (gauge, _) = emission_gauge::<T>();
		// Worst case: a vote in force and votes ending in every future epoch.
		let voter = locker::<T>(0);
		go_to_epoch::<T>(1);
		Pallet::<T>::do_vote(voter, bounded_votes::<T>(alloc::vec![(gauge, MAX_BPS)]))?;
		for end in 3..=(2 + T::MaxLockEpochs::get()) {
			SlopeChanges::<T>::insert(gauge, end, 1);
			EmissionSlopeChanges::<T>::mutate(end, |s| *s += 1);
		}
		go_to_epoch::<T>(2);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, gauge);
		assert_eq!(GaugeStore::<T>::get(gauge).unwrap().status, GaugeStatus::Killed);
		assert_last_event::<T>(Event::GaugeKilled { gauge });
		Ok(())
	}

	/// `n` emission gauges, each one epoch behind, each replacing the voter's earlier vote
	/// with a full history of unclaimed votes (the oldest moves to the archive).
	#[benchmark]
	fn vote(n: Linear<1, { T::MaxVotes::get() }>) -> Result<(), BenchmarkError> {
		let gauges: Vec<GaugeId> = (0..n).map(|_| emission_gauge::<T>().0).collect();
		let voter = locker::<T>(0);
		let bps = (u32::from(MAX_BPS) / n) as u16;
		let history = T::MaxVoteHistory::get();
		for e in 1..=history {
			go_to_epoch::<T>(e);
			let share = if e % 2 == 0 { bps / 2 } else { bps };
			Pallet::<T>::do_vote(
				voter.clone(),
				bounded_votes::<T>(gauges.iter().map(|g| (*g, share)).collect()),
			)?;
		}
		go_to_epoch::<T>(history + 1);
		let share = if history % 2 == 0 { bps } else { bps / 2 };
		let new_votes = bounded_votes::<T>(gauges.iter().map(|g| (*g, share)).collect());
		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), new_votes);
		assert_eq!(VotesOf::<T>::get(&voter).len() as u32, n);
		assert_eq!(ArchivedVoteSlots::<T>::iter_prefix((&voter, gauges[0])).count(), 1);
		// The lock (made in epoch 0 until `MaxLockEpochs`) votes from epoch `history + 2`.
		let open = history + 2;
		let weight = AMOUNT * u128::from(share) * u128::from(T::MaxLockEpochs::get() - open);
		let gauge = gauges[gauges.len() - 1];
		assert_last_event::<T>(Event::Voted { who: voter, gauge, bps: share, weight, epoch: open });
		Ok(())
	}

	/// A gauge `n` epochs behind, with a vote in force in each and votes ending at every epoch
	/// it moves to (each step takes a slope change: one more write).
	#[benchmark]
	fn checkpoint_gauge(
		n: Linear<1, { T::MaxLockEpochs::get().saturating_sub(2) }>,
	) -> Result<(), BenchmarkError> {
		let (gauge, _) = emission_gauge::<T>();
		let voter = locker::<T>(0);
		let ending: Vec<T::AccountId> = (0..n)
			.map(|i| {
				let who = funded::<T>("ending", i);
				Pallet::<T>::do_lock(who.clone(), AMOUNT, 3 + i).expect("funded");
				who
			})
			.collect();
		go_to_epoch::<T>(1);
		Pallet::<T>::do_vote(voter, bounded_votes::<T>(alloc::vec![(gauge, MAX_BPS)]))?;
		for who in ending {
			Pallet::<T>::do_vote(who, bounded_votes::<T>(alloc::vec![(gauge, MAX_BPS)]))?;
		}
		go_to_epoch::<T>(1 + n);
		Pallet::<T>::roll_emission_total();
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), gauge, n);
		assert_eq!(GaugeStore::<T>::get(gauge).unwrap().point.epoch, 2 + n);
		assert_eq!(SlopeChanges::<T>::get(gauge, 2 + n), 0, "the last step took its slope change");
		Ok(())
	}

	/// Shared set-up of the staking benchmarks: an emission gauge with a vote, a stake made in
	/// epoch 1 by `staker`, and the chain in epoch 2 with the gauge one epoch behind.
	fn staked<T: Config>() -> Result<(GaugeId, T::AccountId, AssetIdOf<T>), BenchmarkError> {
		let (gauge, vault) = emission_gauge::<T>();
		let share = <T as Config>::Vaults::share_asset(vault).expect("vault exists");
		let voter = locker::<T>(0);
		let staker = funded::<T>("staker", 0);
		T::BenchmarkHelper::fund_asset(share.clone(), &staker, 2 * AMOUNT);
		go_to_epoch::<T>(1);
		Pallet::<T>::do_vote(voter, bounded_votes::<T>(alloc::vec![(gauge, MAX_BPS)]))?;
		Pallet::<T>::do_stake(staker.clone(), gauge, AMOUNT)?;
		go_to_epoch::<T>(2);
		frame_system::Pallet::<T>::set_block_number((Pallet::<T>::epoch_start(2) + 1).into());
		Ok((gauge, staker, share))
	}

	/// The worst case: the gauge's first stake (the pallet account's share account created and
	/// a stake entry inserted) of all the staker's shares (its share account reaped), the gauge
	/// one epoch behind.
	#[benchmark]
	fn stake() -> Result<(), BenchmarkError> {
		let (gauge, vault) = emission_gauge::<T>();
		let share = <T as Config>::Vaults::share_asset(vault).expect("vault exists");
		let voter = locker::<T>(0);
		let staker = funded::<T>("staker", 0);
		T::BenchmarkHelper::fund_asset(share.clone(), &staker, AMOUNT);
		go_to_epoch::<T>(1);
		Pallet::<T>::do_vote(voter, bounded_votes::<T>(alloc::vec![(gauge, MAX_BPS)]))?;
		go_to_epoch::<T>(2);
		frame_system::Pallet::<T>::set_block_number((Pallet::<T>::epoch_start(2) + 1).into());
		assert_eq!(T::Assets::balance(share.clone(), &Pallet::<T>::account_id()), 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), gauge, AMOUNT);
		assert_eq!(Stakes::<T>::get(gauge, &staker).unwrap().amount, AMOUNT);
		assert_eq!(T::Assets::balance(share, &staker), 0);
		assert_last_event::<T>(Event::Staked { who: staker, gauge, amount: AMOUNT });
		Ok(())
	}

	/// The worst case: the gauge's only staker unstakes its whole stake, so the pallet
	/// account's share account is reaped (its provider or sufficient reference dropped).
	#[benchmark]
	fn unstake() -> Result<(), BenchmarkError> {
		let (gauge, staker, share) = staked::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), gauge, AMOUNT);
		assert_eq!(Stakes::<T>::get(gauge, &staker).map_or(0, |s| s.amount), 0);
		assert_eq!(T::Assets::balance(share, &Pallet::<T>::account_id()), 0);
		assert_last_event::<T>(Event::Unstaked { who: staker, gauge, amount: AMOUNT });
		Ok(())
	}

	#[benchmark]
	fn claim_emissions() -> Result<(), BenchmarkError> {
		let (gauge, staker, _) = staked::<T>()?;
		// Half of epoch 2 streamed.
		let block = Pallet::<T>::epoch_start(2) + Pallet::<T>::epoch_length() / 2;
		frame_system::Pallet::<T>::set_block_number(block.into());
		let amount = Pallet::<T>::claimable_emissions(&staker, gauge);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), gauge);
		assert_eq!(Stakes::<T>::get(gauge, &staker).unwrap().pending, 0);
		assert_last_event::<T>(Event::EmissionsClaimed { who: staker, gauge, amount });
		Ok(())
	}

	/// The worst case: every pot but one taken (one asset each), a new pot in a new asset
	/// after them, the pallet's first deposit in that asset.
	#[benchmark]
	fn add_incentive() -> Result<(), BenchmarkError> {
		let (gauge, _) = emission_gauge::<T>();
		for i in 1..T::MaxIncentivesPerEpoch::get() {
			let other = funded::<T>("dao", i);
			let asset = T::BenchmarkHelper::create_asset(i);
			T::BenchmarkHelper::fund_asset(asset.clone(), &other, 2 * AMOUNT);
			Pallet::<T>::do_add_incentive(other, gauge, 1, asset, AMOUNT)?;
		}
		let asset = T::BenchmarkHelper::create_asset(0);
		let dao = funded::<T>("dao", 0);
		T::BenchmarkHelper::fund_asset(asset.clone(), &dao, 2 * AMOUNT);
		#[extrinsic_call]
		_(RawOrigin::Signed(dao.clone()), gauge, 1, asset.clone(), AMOUNT);
		assert_eq!(Incentives::<T>::get(gauge, 1).len() as u32, T::MaxIncentivesPerEpoch::get());
		assert_last_event::<T>(Event::IncentiveAdded {
			gauge,
			epoch: 1,
			asset,
			amount: AMOUNT,
			depositor: dao,
		});
		Ok(())
	}

	/// `e` epochs of one vote walked, `p` pots (in different assets) paid, all in the first
	/// epoch; the gauge one epoch behind. Every epoch walked has a pot list, read and written
	/// with the epoch's weight read, even where it pays the voter nothing: the epochs after the
	/// first (and the first when `p = 0`) have a pot of the smallest amount, of which the
	/// voter's share rounds to zero (a whale has `dust + 1` times its weight). The cost is `e`
	/// walks plus `p` payouts. (The call charges each archived vote it visits as one more pot:
	/// reading and removing its entry costs less than a payment.)
	#[benchmark]
	fn claim_incentives(
		e: Linear<1, { T::MaxClaimEpochs::get() }>,
		p: Linear<0, { T::MaxIncentivesPerEpoch::get() }>,
	) -> Result<(), BenchmarkError> {
		let (gauge, _) = emission_gauge::<T>();
		let voter = locker::<T>(0);
		let other = locker::<T>(1);
		let dao = funded::<T>("dao", 0);
		let idle = T::BenchmarkHelper::create_asset(p);
		let dust = T::MinIncentiveFactor::get()
			.saturating_mul(T::Assets::minimum_balance(idle.clone()))
			.max(1);
		T::BenchmarkHelper::fund_asset(idle.clone(), &dao, dust * (u128::from(e) + 2));
		let whale: T::AccountId = account("whale", 0, 0);
		let whale_lock = AMOUNT.saturating_mul(dust + 1);
		T::Currency::set_balance(&whale, whale_lock.saturating_add(PLX));
		Pallet::<T>::do_lock(whale.clone(), whale_lock, T::MaxLockEpochs::get())?;
		go_to_epoch::<T>(1);
		for who in [voter.clone(), other, whale] {
			Pallet::<T>::do_vote(who, bounded_votes::<T>(alloc::vec![(gauge, MAX_BPS)]))?;
		}
		let first_dust = if p == 0 { 2 } else { 3 };
		for epoch in first_dust..2 + e {
			Pallet::<T>::do_add_incentive(dao.clone(), gauge, epoch, idle.clone(), dust)?;
		}
		let mut last_asset = None;
		for seed in 0..p {
			let asset = T::BenchmarkHelper::create_asset(seed);
			T::BenchmarkHelper::fund_asset(asset.clone(), &dao, 2 * AMOUNT);
			Pallet::<T>::do_add_incentive(dao.clone(), gauge, 2, asset.clone(), AMOUNT)?;
			last_asset = Some(asset);
		}
		// Every epoch but the last moved on already; the gauge is one epoch behind.
		go_to_epoch::<T>(1 + e);
		Pallet::<T>::roll_emission_total();
		Pallet::<T>::do_checkpoint_gauge(gauge, e)?;
		go_to_epoch::<T>(2 + e);
		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), gauge, e);
		let slots = VoteSlots::<T>::get(&voter, gauge);
		assert_eq!(slots[0].claimed_from, 2 + e);
		for epoch in first_dust..2 + e {
			let pots = Incentives::<T>::get(gauge, epoch);
			let dust_pot = pots.iter().find(|pot| pot.asset == idle).expect("a pot each epoch");
			assert_eq!(dust_pot.claimed, 0, "the voter's share of a dust pot is zero");
		}
		// Each pot of the first epoch paid (the last one last), a share of about
		// `1/(dust + 3)` of it.
		if let Some(asset) = last_asset {
			let pots = Incentives::<T>::get(gauge, 2);
			let amount = pots.iter().find(|pot| pot.asset == asset).expect("paid").claimed;
			assert!(amount > 0);
			assert_last_event::<T>(Event::IncentiveClaimed {
				who: voter,
				gauge,
				epoch: 2,
				asset,
				amount,
			});
		}
		Ok(())
	}

	/// The worst case: every pot taken (one asset each), the last one refunded and removed.
	#[benchmark]
	fn refund_incentive() -> Result<(), BenchmarkError> {
		let (gauge, _) = emission_gauge::<T>();
		let mut asset = T::BenchmarkHelper::create_asset(0);
		for i in 0..T::MaxIncentivesPerEpoch::get() {
			let dao = funded::<T>("dao", i);
			asset = T::BenchmarkHelper::create_asset(i);
			T::BenchmarkHelper::fund_asset(asset.clone(), &dao, 2 * AMOUNT);
			Pallet::<T>::do_add_incentive(dao, gauge, 1, asset.clone(), AMOUNT)?;
		}
		go_to_epoch::<T>(2);
		let dao: T::AccountId = account("dao", T::MaxIncentivesPerEpoch::get() - 1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(dao.clone()), gauge, 1, asset.clone());
		assert_eq!(
			Incentives::<T>::get(gauge, 1).len() as u32,
			T::MaxIncentivesPerEpoch::get() - 1
		);
		assert_last_event::<T>(Event::IncentiveRefunded {
			gauge,
			epoch: 1,
			asset,
			depositor: dao,
			amount: AMOUNT,
		});
		Ok(())
	}

	/// The keeper moving `n` emission gauges with votes one epoch on (the emission total is
	/// rolled already: that is `roll_emission_total`). From `n = 1`: the first gauge moved reads
	/// the epoch's final emission total (one read for any `n`), which a fit from `n = 0` loses;
	/// `keeper(0)` (every gauge moved) is charged the intercept, one read more than it reads.
	#[benchmark]
	fn keeper(
		n: Linear<1, { T::KeeperGaugesPerBlock::get().max(1) }>,
	) -> Result<(), BenchmarkError> {
		let gauges: Vec<GaugeId> = (0..n).map(|_| emission_gauge::<T>().0).collect();
		let chunks: Vec<&[GaugeId]> = gauges.chunks(T::MaxVotes::get().max(1) as usize).collect();
		let voters: Vec<T::AccountId> = (0..chunks.len() as u32).map(locker::<T>).collect();
		go_to_epoch::<T>(1);
		for (voter, chunk) in voters.into_iter().zip(chunks) {
			let bps = (u32::from(MAX_BPS) / chunk.len() as u32) as u16;
			Pallet::<T>::do_vote(
				voter,
				bounded_votes::<T>(chunk.iter().map(|g| (*g, bps)).collect()),
			)?;
		}
		go_to_epoch::<T>(2);
		Pallet::<T>::roll_emission_total();
		#[block]
		{
			Pallet::<T>::keeper();
		}
		assert_eq!(KeeperCursor::<T>::get(), (2, NextGaugeId::<T>::get()));
		Ok(())
	}

	/// One step of the emission total into a new epoch, with votes ending there.
	#[benchmark]
	fn roll_emission_total() {
		EmissionTotal::<T>::put(WeightPoint { epoch: 1, bias: 1_000_000, slope: 1_000 });
		EmissionSlopeChanges::<T>::insert(2, 500);
		go_to_epoch::<T>(1);
		#[block]
		{
			Pallet::<T>::roll_emission_total();
		}
		assert_eq!(EmissionTotal::<T>::get().epoch, 2);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
