//! Benchmarks of the vaults pallet (frame-benchmarking v2), each in its worst case; each
//! asserts the event its call deposits.

use super::*;
use crate::types::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungibles::{metadata::Mutate as MetadataMutate, Create, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use plexus_primitives::VaultLiquidity;
use polkadot_sdk::frame_benchmarking;

/// What the benchmarks need from the runtime.
pub trait BenchmarkHelper<AssetId, AccountId> {
	/// An asset id that does not exist yet, for the vaults' asset.
	fn asset_id(seed: u32) -> AssetId;
}

impl<AccountId> BenchmarkHelper<u32, AccountId> for () {
	fn asset_id(seed: u32) -> u32 {
		seed
	}
}

const UNIT: u128 = 1_000_000;
const SEED: u32 = 0;

fn create_asset<T: Config>() -> AssetIdOf<T> {
	create_asset_seeded::<T>(424_242)
}

/// Creates (once) the asset `T::BenchmarkHelper::asset_id(seed)`, sufficient, 6 decimals.
fn create_asset_seeded<T: Config>(seed: u32) -> AssetIdOf<T> {
	let asset = T::BenchmarkHelper::asset_id(seed);
	let owner: T::AccountId = account("owner", 0, SEED);
	if !<T::Assets as frame_support::traits::fungibles::Inspect<_>>::asset_exists(asset.clone()) {
		<T::Assets as Create<T::AccountId>>::create(asset.clone(), owner.clone(), true, 1)
			.expect("asset created");
		<T::Assets as MetadataMutate<T::AccountId>>::set(
			asset.clone(),
			&owner,
			b"Bench".to_vec(),
			b"BNCH".to_vec(),
			6,
		)
		.expect("metadata set");
	}
	asset
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let asset = create_asset::<T>();
	T::Assets::mint_into(asset, &who, 1_000_000_000 * UNIT).expect("minted");
	who
}

fn campaign<T: Config>(partner: &T::AccountId) -> VaultKindOf<T> {
	let rewards = (0..T::MaxPartnerRewards::get())
		.map(|_| PartnerReward { partner: partner.clone(), amount: 1_000 * UNIT, funded: false })
		.collect::<alloc::vec::Vec<_>>()
		.try_into()
		.expect("within bound");
	VaultKind::Curated {
		curator: partner.clone(),
		terms: CampaignTerms {
			start: 0u32.into(),
			end: 1_000_000u32.into(),
			min_hold: 1_000u32.into(),
			early_exit_penalty_bps: 100,
			partner_rewards: rewards,
		},
	}
}

fn new_vault<T: Config>(kind: VaultKindOf<T>) -> VaultId {
	Pallet::<T>::do_create_vault(
		create_asset::<T>(),
		kind,
		u128::MAX,
		1_000,
		1_000,
		1,
		b"Bench vault".to_vec(),
		b"bVLT".to_vec(),
	)
	.expect("vault created")
}

/// Deposits into a campaign vault so the caller has held shares; returns the vault.
fn campaign_with_deposit<T: Config>(who: &T::AccountId) -> VaultId {
	let vault = new_vault::<T>(campaign::<T>(who));
	Pallet::<T>::do_deposit(who, vault, 1_000 * UNIT, 0).expect("deposited");
	vault
}

/// Moves all idle of `vault` into strategies (accounting only; no idle buffer is kept).
fn allocate_all<T: Config>(vault: VaultId) {
	Vaults::<T>::mutate(vault, |v| {
		if let Some(v) = v {
			v.min_idle_bps = 0
		}
	});
	let amount = <Pallet<T> as VaultLiquidity<_, _, _>>::allocatable(vault);
	if amount > 0 {
		<Pallet<T> as VaultLiquidity<_, _, _>>::begin_allocation(vault, amount).expect("idle");
		<Pallet<T> as VaultLiquidity<_, _, _>>::complete_allocation(vault, amount)
			.expect("transit");
	}
}

/// Asserts that the last event of the block is `event`.
fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn asset_balance<T: Config>(vault: VaultId, who: &T::AccountId) -> u128 {
	let info = Vaults::<T>::get(vault).expect("vault");
	<T::Assets as frame_support::traits::fungibles::Inspect<_>>::balance(info.asset, who)
}

/// The assets a finalized request pays.
fn finalized_assets<T: Config>(request: RequestId) -> u128 {
	match Requests::<T>::get(request).expect("request").state {
		RequestState::Finalized { assets } => assets,
		RequestState::Pending { .. } => panic!("not finalized"),
	}
}

fn share_balance<T: Config>(vault: VaultId, who: &T::AccountId) -> u128 {
	let info = Vaults::<T>::get(vault).expect("vault");
	<T::Assets as frame_support::traits::fungibles::Inspect<_>>::balance(info.share_asset, who)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_vault() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let asset = create_asset::<T>();
		let partner: T::AccountId = account("partner", 0, SEED);
		let name: BoundedVec<u8, T::StringLimit> =
			vec![b'n'; T::StringLimit::get() as usize].try_into().expect("bound");
		let vault = NextVaultId::<T>::get();
		let kind = campaign::<T>(&partner);

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			asset.clone(),
			kind.clone(),
			u128::MAX,
			1_000,
			1_000,
			UNIT,
			name.clone(),
			name,
		);

		assert!(Vaults::<T>::contains_key(vault));
		let share_asset = Vaults::<T>::get(vault).expect("vault").share_asset;
		assert_last_event::<T>(Event::VaultCreated { vault, asset, share_asset, kind });
		Ok(())
	}

	#[benchmark]
	fn deposit() {
		let caller = funded::<T>("caller", 0);
		// A campaign vault in which the caller already holds shares: the hold is updated.
		let vault = campaign_with_deposit::<T>(&caller);
		let before = share_balance::<T>(vault, &caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), vault, 100 * UNIT, 0);

		let shares = share_balance::<T>(vault, &caller) - before;
		assert!(shares > 0);
		assert_last_event::<T>(Event::Deposited { vault, who: caller, assets: 100 * UNIT, shares });
	}

	#[benchmark]
	fn mint() {
		let caller = funded::<T>("caller", 0);
		let vault = campaign_with_deposit::<T>(&caller);
		let before = share_balance::<T>(vault, &caller);
		let assets_before = asset_balance::<T>(vault, &caller);
		let shares = 100 * UNIT * 1_000_000;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), vault, shares, u128::MAX);

		assert_eq!(share_balance::<T>(vault, &caller), before + shares);
		let assets = assets_before - asset_balance::<T>(vault, &caller);
		assert_last_event::<T>(Event::Deposited { vault, who: caller, assets, shares });
	}

	#[benchmark]
	fn request_redeem() {
		let caller = funded::<T>("caller", 0);
		// Held campaign shares (penalty), the caller's open requests at the bound minus one,
		// and immediate finalization.
		let vault = campaign_with_deposit::<T>(&caller);
		let unit = share_balance::<T>(vault, &caller) / 100;
		for _ in 1..T::MaxOpenRequests::get() {
			Pallet::<T>::do_request_redeem(&caller, vault, unit, 0).expect("requested");
		}
		let request = NextRequestId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), vault, unit);

		assert_eq!(RequestsOf::<T>::get(&caller).len() as u32, T::MaxOpenRequests::get());
		let assets = finalized_assets::<T>(request);
		assert_last_event::<T>(Event::RequestFinalized { vault, request, shares: unit, assets });
	}

	#[benchmark]
	fn cancel_request() {
		let caller = funded::<T>("caller", 0);
		let vault = campaign_with_deposit::<T>(&caller);
		allocate_all::<T>(vault);
		let unit = share_balance::<T>(vault, &caller) / 100;
		let mut last = 0;
		for _ in 0..T::MaxOpenRequests::get() {
			last = Pallet::<T>::do_request_redeem(&caller, vault, unit, 0).expect("requested");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), last);

		assert!(!Requests::<T>::contains_key(last));
		assert_last_event::<T>(Event::RequestCancelled { request: last, shares: unit });
	}

	#[benchmark]
	fn finalize_requests(n: Linear<0, { T::MaxFinalizeBatch::get() }>) {
		let vault = new_vault::<T>(VaultKind::Governed);
		let whale = funded::<T>("whale", 0);
		Pallet::<T>::do_deposit(&whale, vault, 100_000 * UNIT, 0).expect("deposited");
		// Block immediate finalization, queue `n` requests, then bring the liquidity back.
		let debt = <Pallet<T> as VaultLiquidity<_, _, _>>::allocatable(vault);
		allocate_all::<T>(vault);
		for i in 0..n {
			let who = funded::<T>("redeemer", i);
			Pallet::<T>::do_deposit(&who, vault, 10 * UNIT, 0).expect("deposited");
			allocate_all::<T>(vault);
			let shares = share_balance::<T>(vault, &who);
			Pallet::<T>::do_request_redeem(&who, vault, shares, 0).expect("requested");
		}
		let in_strategies = Vaults::<T>::get(vault).expect("vault").debt;
		<Pallet<T> as VaultLiquidity<_, _, _>>::begin_deallocation(vault, in_strategies)
			.expect("debt");
		<Pallet<T> as VaultLiquidity<_, _, _>>::complete_deallocation(vault, in_strategies)
			.expect("transit");
		let _ = debt;
		let caller: T::AccountId = whitelisted_caller();
		let last = NextRequestId::<T>::get().checked_sub(1);
		let last_shares = last.and_then(Requests::<T>::get).map(|r| r.shares);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), vault, n);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").pending_requests, 0);
		// The call deposits an event for each request it finalizes: the last is the newest's.
		if let (true, Some(request), Some(shares)) = (n > 0, last, last_shares) {
			let assets = finalized_assets::<T>(request);
			assert_last_event::<T>(Event::RequestFinalized { vault, request, shares, assets });
		}
	}

	#[benchmark]
	fn claim(n: Linear<1, { T::MaxClaimBatch::get().min(T::MaxOpenRequests::get()) }>) {
		// Each request in a vault of its own asset: every claim reads and writes its own
		// vault, asset and asset accounts (the worst case; one vault would share them).
		let caller: T::AccountId = account("caller", 0, SEED);
		let requests: alloc::vec::Vec<RequestId> = (0..n)
			.map(|i| {
				let asset = create_asset_seeded::<T>(424_242 + i);
				T::Assets::mint_into(asset.clone(), &caller, 1_000 * UNIT).expect("minted");
				let vault = Pallet::<T>::do_create_vault(
					asset,
					VaultKind::Governed,
					u128::MAX,
					1_000,
					1_000,
					1,
					b"Bench vault".to_vec(),
					b"bVLT".to_vec(),
				)
				.expect("vault created");
				Pallet::<T>::do_deposit(&caller, vault, 1_000 * UNIT, 0).expect("deposited");
				let half = share_balance::<T>(vault, &caller) / 2;
				Pallet::<T>::do_request_redeem(&caller, vault, half, 0).expect("requested")
			})
			.collect();
		let last = *requests.last().expect("n ≥ 1");
		let assets = finalized_assets::<T>(last);
		let requests: BoundedVec<RequestId, T::MaxClaimBatch> =
			requests.try_into().expect("within bound");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), requests);

		assert!(RequestsOf::<T>::get(&caller).is_empty());
		assert_last_event::<T>(Event::Claimed { request: last, owner: caller, assets });
	}

	#[benchmark]
	fn set_deposit_cap() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let vault = new_vault::<T>(VaultKind::Governed);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, vault, 7);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").deposit_cap, 7);
		assert_last_event::<T>(Event::DepositCapSet { vault, cap: 7 });
		Ok(())
	}

	#[benchmark]
	fn set_fees() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let vault = new_vault::<T>(VaultKind::Governed);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, vault, 2_000);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").performance_fee_bps, 2_000);
		assert_last_event::<T>(Event::FeesSet { vault, performance_fee_bps: 2_000 });
		Ok(())
	}

	#[benchmark]
	fn set_min_idle() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let vault = new_vault::<T>(VaultKind::Governed);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, vault, 2_000);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").min_idle_bps, 2_000);
		assert_last_event::<T>(Event::MinIdleSet { vault, min_idle_bps: 2_000 });
		Ok(())
	}

	#[benchmark]
	fn pause() -> Result<(), BenchmarkError> {
		// The guardian is tried first, then the admin: the admin is the worst case.
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let vault = new_vault::<T>(VaultKind::Governed);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, vault);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").status, VaultStatus::Paused);
		assert_last_event::<T>(Event::Paused { vault });
		Ok(())
	}

	#[benchmark]
	fn unpause() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let vault = new_vault::<T>(VaultKind::Governed);
		Vaults::<T>::mutate(vault, |v| {
			if let Some(v) = v {
				v.status = VaultStatus::Paused
			}
		});

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, vault);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").status, VaultStatus::Active);
		assert_last_event::<T>(Event::Unpaused { vault });
		Ok(())
	}

	#[benchmark]
	fn retire() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let vault = new_vault::<T>(VaultKind::Governed);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, vault);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").status, VaultStatus::Retired);
		assert_last_event::<T>(Event::Retired { vault });
		Ok(())
	}

	#[benchmark]
	fn fund_partner_reward() {
		let partner = funded::<T>("partner", 0);
		// A campaign funded before its first deposit: the transfer creates the vault's account
		// (a further `System::Account` write, dearer than merging with locked profit).
		let vault = new_vault::<T>(campaign::<T>(&partner));

		#[extrinsic_call]
		_(RawOrigin::Signed(partner), vault, 0);

		assert_eq!(Vaults::<T>::get(vault).expect("vault").locked_profit, 1_000 * UNIT);
		assert_last_event::<T>(Event::PartnerRewardFunded {
			vault,
			index: 0,
			amount: 1_000 * UNIT,
		});
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
