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
//! `pallet-gauges` (a gauge per strategy) and `pallet-vaults` (the reported yield, each
//! strategy's last annualised report weighted by its debt over the vault's total assets).
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
		Strategies::<T>::insert(
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
		Strategies::<T>::try_mutate(strategy, |s| {
			let s = s.as_mut().ok_or(Error::<T>::UnknownStrategy)?;
			ensure!(s.status == StrategyStatus::Active, Error::<T>::StrategyNotActive);
			s.status = StrategyStatus::Retired;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::StrategyRetired { strategy });
		Ok(())
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
		VaultStrategies::<T>::get(vault)
			.into_iter()
			.filter(|id| Self::strategy_vault(*id).is_some())
			.collect()
	}

	fn reported_yield_bps(vault: VaultId) -> u32 {
		let total = T::Vaults::total_assets(vault);
		if total == 0 {
			return 0;
		}
		let weighted = VaultStrategies::<T>::get(vault)
			.into_iter()
			.filter_map(Strategies::<T>::get)
			.filter(|s| s.status == StrategyStatus::Active)
			.fold(0u128, |acc, s| acc.saturating_add(s.debt.saturating_mul(s.yield_bps.into())));
		(weighted / total).min(u32::MAX.into()) as u32
	}
}
