//! Benchmarks (v2) of every call of the strategies pallet, the response handler and the hook.

use crate::{pallet::*, types::*, Pallet as StrategiesPallet};
use alloc::{boxed::Box, vec};
use plexus_primitives::VaultLiquidity;
use plexus_primitives::{StrategyId, VaultId};
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::{
		pallet_prelude::*,
		traits::{
			fungibles::{Inspect, Mutate},
			Hooks,
		},
	},
	frame_system::{pallet_prelude::BlockNumberFor, RawOrigin},
	sp_runtime::{traits::One, Saturating},
	staging_xcm::latest::prelude::*,
};

/// What the benchmarks need of the runtime.
pub trait BenchmarkHelper<T: Config> {
	/// A governed vault whose asset is a registered hub asset, with `idle` planck idle in its
	/// account.
	fn governed_vault(idle: u128) -> VaultId;
	/// The reserve of that vault's asset (strategies' destination), ready to receive messages
	/// (e.g. an open HRMP channel).
	fn asset_reserve() -> Location;
	/// Gives `strategy` all of its governed `vault`'s gauge weight (e.g. a vote in
	/// `pallet-gauges`), so that its rebalance allocates: the worst case of `rebalance`.
	/// Returns whether it could; by default it cannot, and `rebalance` is measured on a
	/// deallocation, which touches less (no burn from the vault account).
	fn give_all_gauge_weight(_vault: VaultId, _strategy: StrategyId) -> bool {
		false
	}
	/// Gives `who` what the runtime charges for delivering a message (e.g. PLX).
	fn fund_delivery(who: &T::AccountId);
}

/// Asserts that the last event deposited is `event` of this pallet.
fn assert_last_event<T: Config>(event: Event<T>) {
	polkadot_sdk::frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn admin<T: Config>() -> T::RuntimeOrigin {
	T::AdminOrigin::try_successful_origin().expect("the admin origin can be made")
}

/// The pallet's account holds the fee asset (and whatever the runtime needs for delivery).
fn fund_fees<T: Config>() {
	let _ =
		T::Assets::mint_into(T::FeeAsset::get(), &StrategiesPallet::<T>::account_id(), 1u128 << 80);
}

fn strategy<T: Config>(vault: VaultId, reporter: T::AccountId) -> StrategyId {
	let params = StrategyParams {
		vault,
		destination: T::BenchmarkHelper::asset_reserve(),
		adapter: Adapter::EncodedCall {
			allocate: CallTemplate {
				prefix: BoundedVec::truncate_from(vec![1u8; MAX_TEMPLATE_BYTES as usize]),
				amount: AmountEncoding::U128,
				suffix: BoundedVec::truncate_from(vec![2u8; MAX_TEMPLATE_BYTES as usize]),
			},
			deallocate: CallTemplate {
				prefix: BoundedVec::truncate_from(vec![3u8; MAX_TEMPLATE_BYTES as usize]),
				amount: AmountEncoding::Compact,
				suffix: BoundedVec::truncate_from(vec![4u8; MAX_TEMPLATE_BYTES as usize]),
			},
		},
		cap: u128::MAX,
		max_report_change_bps: plexus_primitives::bps::MAX_BPS,
		max_report_age: 1_000u32.into(),
		report_origin: ReportOrigin::Account(reporter),
		remote_fee: 1_000,
		min_operation: 0,
		rebalance_threshold_bps: 0,
	};
	StrategiesPallet::<T>::do_register_strategy(params).expect("strategy registers")
}

/// A vault with `MaxStrategiesPerVault` strategies (the worst case of every loop over them);
/// returns the last one.
fn full_vault<T: Config>(reporter: T::AccountId) -> (VaultId, StrategyId) {
	let vault = T::BenchmarkHelper::governed_vault(1_000_000_000_000);
	fund_fees::<T>();
	let mut last = 0;
	for _ in 0..T::MaxStrategiesPerVault::get() {
		last = strategy::<T>(vault, reporter.clone());
	}
	(vault, last)
}

/// The strategy has an operation of `kind` and `amount` in flight, announced by the last event.
fn assert_operation_sent<T: Config>(id: StrategyId, kind: OperationKind, amount: u128) {
	let query_id = Strategies::<T>::get(id).unwrap().operation.expect("an operation in flight");
	assert_last_event::<T>(Event::OperationSent { strategy: id, query_id, kind, amount });
}

fn allocated<T: Config>(reporter: T::AccountId, amount: u128) -> StrategyId {
	let (_, id) = full_vault::<T>(reporter);
	let s = Strategies::<T>::get(id).unwrap();
	StrategiesPallet::<T>::do_allocate(id, s, amount).expect("allocates");
	let q = Strategies::<T>::get(id).unwrap().operation.unwrap();
	StrategiesPallet::<T>::do_on_response(
		T::BenchmarkHelper::asset_reserve(),
		q,
		Response::ExecutionResult(None),
	)
	.expect("completes");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_hub_asset() {
		let location = Location::new(1, [Parachain(4321), GeneralIndex(u128::MAX)]);
		let name: AssetString = BoundedVec::truncate_from(vec![b'n'; 32]);
		#[extrinsic_call]
		_(
			admin::<T>() as T::RuntimeOrigin,
			4321,
			Box::new(location.clone().into()),
			name.clone(),
			name,
			12,
			1,
		);
		assert!(HubAssets::<T>::contains_key(4321));
		assert_last_event::<T>(Event::HubAssetRegistered { asset: 4321, location });
	}

	#[benchmark]
	fn register_branch() {
		let branch = Location::new(1, [Parachain(4321)]);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, Box::new(branch.clone().into()));
		assert!(Branches::<T>::contains_key(&branch));
		assert_last_event::<T>(Event::BranchRegistered { branch });
	}

	#[benchmark]
	fn set_inflow_limit() {
		let branch = T::BenchmarkHelper::asset_reserve();
		Branches::<T>::insert(&branch, ());
		let asset = T::FeeAsset::get();
		let limit = Some(InflowLimit { cap: 1, per_epoch: 1 });
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, asset, Box::new(branch.clone().into()), limit);
		assert_eq!(InflowLimits::<T>::get(asset, &branch), limit);
		assert_last_event::<T>(Event::InflowLimitSet { asset, branch, limit });
	}

	/// The worst case: released by anyone (not the beneficiary, whose account a benchmark
	/// whitelists) into an account it creates (a hub asset is sufficient: the beneficiary's
	/// `System::Account` is written too).
	#[benchmark]
	fn release_inflow() {
		let caller: T::AccountId = whitelisted_caller();
		let beneficiary: T::AccountId = account("beneficiary", 0, 0);
		let asset = T::FeeAsset::get();
		T::Assets::mint_into(asset, &StrategiesPallet::<T>::hold_account(), 1_000_000_000_000)
			.unwrap();
		HeldInflows::<T>::insert(
			0,
			HeldInflow {
				beneficiary: beneficiary.clone(),
				asset,
				amount: 1_000_000_000,
				branch: T::BenchmarkHelper::asset_reserve(),
				releasable_at: BlockNumberFor::<T>::one(),
			},
		);
		assert_eq!(T::Assets::balance(asset, &beneficiary), 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 0);
		assert!(!HeldInflows::<T>::contains_key(0));
		assert_eq!(T::Assets::balance(asset, &beneficiary), 1_000_000_000);
		assert_last_event::<T>(Event::InflowReleased { id: 0, beneficiary, amount: 1_000_000_000 });
	}

	#[benchmark]
	fn withdraw_to() {
		let vault = T::BenchmarkHelper::governed_vault(0);
		let asset = T::Vaults::vault_asset(vault).unwrap();
		let who: T::AccountId = whitelisted_caller();
		T::Assets::mint_into(asset, &who, 1_000_000_000_000).unwrap();
		fund_fees::<T>();
		let dest = T::BenchmarkHelper::asset_reserve();
		T::BenchmarkHelper::fund_delivery(&who);
		let beneficiary = Location::new(0, [AccountId32 { network: None, id: [7; 32] }]);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			asset,
			1_000_000_000,
			Box::new(dest.clone().into()),
			Box::new(beneficiary.clone().into()),
		);
		assert_last_event::<T>(Event::WithdrawnTo {
			who,
			asset,
			amount: 1_000_000_000,
			destination: dest,
			beneficiary,
		});
	}

	#[benchmark]
	fn register_strategy() {
		let vault = T::BenchmarkHelper::governed_vault(0);
		let reporter: T::AccountId = whitelisted_caller();
		for _ in 1..T::MaxStrategiesPerVault::get() {
			strategy::<T>(vault, reporter.clone());
		}
		let params = StrategyParams {
			vault,
			destination: T::BenchmarkHelper::asset_reserve(),
			adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 },
			cap: u128::MAX,
			max_report_change_bps: 100,
			max_report_age: 1_000u32.into(),
			report_origin: ReportOrigin::Account(reporter),
			remote_fee: 1,
			min_operation: 0,
			rebalance_threshold_bps: 0,
		};
		let id = NextStrategyId::<T>::get();
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, Box::new(params));
		assert_last_event::<T>(Event::StrategyRegistered { strategy: id, vault });
	}

	#[benchmark]
	fn retire_strategy() {
		let (_, id) = full_vault::<T>(whitelisted_caller());
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id);
		assert_eq!(Strategies::<T>::get(id).unwrap().status, StrategyStatus::Retired);
		assert_last_event::<T>(Event::StrategyRetired { strategy: id });
	}

	#[benchmark]
	fn allocate() {
		let (_, id) = full_vault::<T>(whitelisted_caller());
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, 1_000_000);
		assert_operation_sent::<T>(id, OperationKind::Allocate, 1_000_000);
	}

	#[benchmark]
	fn deallocate() {
		let id = allocated::<T>(whitelisted_caller(), 1_000_000);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, 1_000_000);
		assert_operation_sent::<T>(id, OperationKind::Deallocate, 1_000_000);
	}

	/// The worst case: an allocation (it burns from the vault account and pays the fee, where
	/// a deallocation only pays the fee) by a strategy of a full vault that has all the gauge
	/// weight, if the runtime's helper can give it ([`BenchmarkHelper::give_all_gauge_weight`]);
	/// else a strategy with debt and no gauge weight: its target is zero, it deallocates all.
	#[benchmark]
	fn rebalance() {
		let id = allocated::<T>(whitelisted_caller(), 1_000_000);
		let vault = Strategies::<T>::get(id).unwrap().params.vault;
		let allocates = T::BenchmarkHelper::give_all_gauge_weight(vault, id);
		let idle = T::Vaults::allocatable(vault);
		#[extrinsic_call]
		_(RawOrigin::Signed(whitelisted_caller()), id);
		if allocates {
			assert_operation_sent::<T>(id, OperationKind::Allocate, idle);
		} else {
			assert_operation_sent::<T>(id, OperationKind::Deallocate, 1_000_000);
		}
	}

	#[benchmark]
	fn report() {
		let reporter: T::AccountId = whitelisted_caller();
		let id = allocated::<T>(reporter.clone(), 1_000_000);
		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), id, 1_100_000);
		assert_eq!(Strategies::<T>::get(id).unwrap().debt, 1_100_000);
		assert_last_event::<T>(Event::Reported {
			strategy: id,
			value: 1_100_000,
			previous: 1_000_000,
		});
	}

	/// The worst case: lifts a held loss (the vault's view read and written) with a gain (the
	/// vault's profit unlocking reads more than a loss).
	#[benchmark]
	fn force_report() -> Result<(), BenchmarkError> {
		let id = allocated::<T>(whitelisted_caller(), 1_000_000);
		Strategies::<T>::mutate(id, |s| {
			s.as_mut().expect("registered").params.max_report_change_bps = 100
		});
		let s = Strategies::<T>::get(id).unwrap();
		let vault = s.params.vault;
		StrategiesPallet::<T>::do_report(id, s, 500_000, false)?;
		assert_eq!(VaultViews::<T>::get(vault).held_reports, 1, "the loss is held");
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, 1_100_000);
		let s = Strategies::<T>::get(id).unwrap();
		assert_eq!((s.debt, s.held_report), (1_100_000, None));
		assert_eq!(VaultViews::<T>::get(vault).held_reports, 0);
		assert_last_event::<T>(Event::Reported {
			strategy: id,
			value: 1_100_000,
			previous: 1_000_000,
		});
		Ok(())
	}

	/// The response handler, worst case: a failed allocation (re-mint, vault update).
	#[benchmark]
	fn on_response() -> Result<(), BenchmarkError> {
		let (_, id) = full_vault::<T>(whitelisted_caller());
		let s = Strategies::<T>::get(id).unwrap();
		StrategiesPallet::<T>::do_allocate(id, s, 1_000_000)?;
		let q = Strategies::<T>::get(id).unwrap().operation.unwrap();
		let dest = T::BenchmarkHelper::asset_reserve();
		#[block]
		{
			StrategiesPallet::<T>::do_on_response(
				dest,
				q,
				Response::ExecutionResult(Some((3, XcmError::ExpectationFalse))),
			)?;
		}
		assert!(Strategies::<T>::get(id).unwrap().operation.is_none());
		assert_last_event::<T>(Event::OperationFailed {
			strategy: id,
			query_id: q,
			kind: OperationKind::Allocate,
			amount: 1_000_000,
			error: Some((3, XcmError::ExpectationFalse)),
		});
		Ok(())
	}

	#[benchmark]
	fn force_resolve() -> Result<(), BenchmarkError> {
		let (_, id) = full_vault::<T>(whitelisted_caller());
		let s = Strategies::<T>::get(id).unwrap();
		StrategiesPallet::<T>::do_allocate(id, s, 1_000_000)?;
		let q = Strategies::<T>::get(id).unwrap().operation.unwrap();
		let later = polkadot_sdk::frame_system::Pallet::<T>::block_number()
			.saturating_add(T::QueryTimeout::get());
		polkadot_sdk::frame_system::Pallet::<T>::set_block_number(later);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, q, false);
		assert!(Strategies::<T>::get(id).unwrap().operation.is_none());
		assert_last_event::<T>(Event::OperationFailed {
			strategy: id,
			query_id: q,
			kind: OperationKind::Allocate,
			amount: 1_000_000,
			error: None,
		});
		Ok(())
	}

	#[benchmark]
	fn on_initialize_idle() {
		#[block]
		{
			StrategiesPallet::<T>::on_initialize(BlockNumberFor::<T>::one());
		}
	}

	#[benchmark]
	fn on_initialize_with_pending() {
		// More pending holds than a block clears: `MaxStaleHoldsCleared` are removed and the
		// next one is read (where the clean-up stops).
		for i in 0..=T::MaxStaleHoldsCleared::get() {
			let mut message = [0u8; 32];
			message[..4].copy_from_slice(&i.to_le_bytes());
			let branch = Location::new(1, [Parachain(1)]);
			PendingHolds::<T>::insert(message, 1, PendingHold { branch, amount: 1 });
		}
		#[block]
		{
			StrategiesPallet::<T>::on_initialize(BlockNumberFor::<T>::one());
		}
		// In the benchmark's database one is left for the next block; the test suite's set-up
		// is in the overlay, which a limited `clear` removes whole.
		assert!(PendingHolds::<T>::iter().count() <= 1, "a full batch was removed");
	}

	impl_benchmark_test_suite!(StrategiesPallet, crate::mock::new_test_ext(), crate::mock::Test);
}
