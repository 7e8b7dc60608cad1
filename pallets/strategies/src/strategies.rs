//! # Strategies: registration and retirement
//!
//! Governance registers a strategy for a vault ([`Pallet::register_strategy`]): its
//! destination chain (the reserve of the vault's asset, where Plexus' sovereign account holds
//! the backing), an [`Adapter`] (how liquidity works there: [`Adapter::AssetRewardsPool`]
//! stakes in a pool of Asset Hub's `pallet-asset-rewards`, [`Adapter::EncodedCall`] is any
//! governance-approved call template), a cap, report bounds, who reports, the remote fee of
//! one program and the smallest operation. A vault has at most
//! [`Config::MaxStrategiesPerVault`] strategies. A retired strategy
//! ([`Pallet::retire_strategy`]) takes no new allocations; its debt can still be deallocated
//! and reported.
//!
//! Other pallets read the active strategies through [`plexus_primitives::StrategyInspect`]:
//! `pallet-gauges` (a gauge per strategy) and `pallet-intents` (the reported yield, each
//! strategy's last annualised report weighted by its debt over the vault's total assets,
//!
//! `yield_bps(vault) = Σ_{active s} debt_s · yield_bps_s / total_assets(vault)`).
//!
//! Both come from one key per vault, [`VaultViews`]: the active strategies and the numerator
//! `Σ debt_s · yield_bps_s`, kept in step by [`Pallet::store_strategy`], through which every
//! change of a strategy is written (its status, debt or yield moves the view by the
//! difference). The intents' deposit matcher reads them for every candidate vault: one key per
//! vault instead of every strategy of it (16 × 16 = 256 reads for a deposit intent with 16
//! candidates before).
//!
//! Source: Yearn V3's strategies of a vault (debt, cap, reports).

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use plexus_primitives::{bps, time::now, StrategyId, VaultId, VaultLiquidity};
use polkadot_sdk::{
	frame_support::ensure,
	sp_runtime::{traits::Zero, DispatchError, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// Registers a strategy; its asset is the vault's. Returns its id.
	pub(crate) fn do_register_strategy(
		params: StrategyParamsOf<T>,
	) -> Result<StrategyId, DispatchError> {
		let asset = T::Vaults::vault_asset(params.vault).ok_or(Error::<T>::UnknownVault)?;
		let hub = HubAssets::<T>::get(asset).ok_or(Error::<T>::UnknownHubAsset)?;
		ensure!(Self::reserve_of(&hub) == params.destination, Error::<T>::DestinationNotReserve);
		ensure!(bps::is_valid(params.max_report_change_bps), Error::<T>::InvalidBps);
		ensure!(bps::is_valid(params.rebalance_threshold_bps), Error::<T>::InvalidBps);
		ensure!(!params.remote_fee.is_zero(), Error::<T>::ZeroRemoteFee);
		let id = NextStrategyId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		VaultStrategies::<T>::try_mutate(params.vault, |list| {
			list.try_push(id).map_err(|_| Error::<T>::TooManyStrategies)
		})?;
		let vault = params.vault;
		Self::store_strategy(
			id,
			Strategy {
				params,
				asset,
				status: StrategyStatus::Active,
				debt: 0,
				in_transit: 0,
				last_report: now::<T>(),
				last_rebalance: None,
				operation: None,
				yield_bps: 0,
				window: ReportWindow { start: now::<T>(), base: 0, moved: 0 },
				held_report: None,
			},
		);
		NextStrategyId::<T>::put(next);
		Self::deposit_event(Event::StrategyRegistered { strategy: id, vault });
		Ok(id)
	}

	/// Retires an active strategy.
	pub(crate) fn do_retire_strategy(strategy: StrategyId) -> DispatchResult {
		let mut s = Strategies::<T>::get(strategy).ok_or(Error::<T>::UnknownStrategy)?;
		ensure!(s.status == StrategyStatus::Active, Error::<T>::StrategyNotActive);
		s.status = StrategyStatus::Retired;
		Self::store_strategy(strategy, s);
		Self::deposit_event(Event::StrategyRetired { strategy });
		Ok(())
	}

	/// Stores strategy `id` and moves its vault's view ([`VaultViews`]) by the difference
	/// between what the stored strategy and `s` add to it. Every write of a strategy goes
	/// through here (`try_state` checks every view against its strategies).
	pub(crate) fn store_strategy(id: StrategyId, s: StrategyOf<T>) {
		let was = Strategies::<T>::get(id).map(|old| ViewOf::<T>::part_of(&old));
		let was = was.unwrap_or((false, 0));
		let is = ViewOf::<T>::part_of(&s);
		if was != is {
			VaultViews::<T>::mutate(s.params.vault, |view| {
				view.yield_weight = view.yield_weight.saturating_sub(was.1).saturating_add(is.1);
				match (was.0, is.0) {
					// Never full: the active strategies are some of `VaultStrategies`, which
					// has the same bound.
					(false, true) => {
						let _ = view.active.try_push(id);
					},
					(true, false) => view.active.retain(|a| *a != id),
					_ => {},
				}
			});
		}
		Strategies::<T>::insert(id, s);
	}

	/// The view of `vault` computed from its strategies (what [`VaultViews`] holds).
	pub fn view_from_strategies(vault: VaultId) -> ViewOf<T> {
		let mut view = ViewOf::<T>::default();
		for id in VaultStrategies::<T>::get(vault) {
			let Some(s) = Strategies::<T>::get(id) else { continue };
			let (active, weight) = ViewOf::<T>::part_of(&s);
			if active {
				let _ = view.active.try_push(id);
				view.yield_weight = view.yield_weight.saturating_add(weight);
			}
			if s.held_report.is_some() {
				view.held_reports = view.held_reports.saturating_add(1);
			}
		}
		view.report_deadline = Self::earliest_deadline(vault);
		view
	}

	/// The strategies of a vault with their ids.
	pub fn strategies_of(vault: VaultId) -> Vec<(StrategyId, StrategyOf<T>)> {
		VaultStrategies::<T>::get(vault)
			.into_iter()
			.filter_map(|id| Strategies::<T>::get(id).map(|s| (id, s)))
			.collect()
	}
}

impl<T: Config> plexus_primitives::StrategyInspect for Pallet<T> {
	fn strategy_vault(strategy: StrategyId) -> Option<VaultId> {
		Strategies::<T>::get(strategy)
			.filter(|s| s.status == StrategyStatus::Active)
			.map(|s| s.params.vault)
	}

	fn vault_strategies(vault: VaultId) -> Vec<StrategyId> {
		VaultViews::<T>::get(vault).active.into_inner()
	}

	fn reported_yield_bps(vault: VaultId) -> u32 {
		let total = T::Vaults::total_assets(vault);
		if total == 0 {
			return 0;
		}
		let weighted = VaultViews::<T>::get(vault).yield_weight;
		(weighted / total).min(u32::MAX.into()) as u32
	}
}
