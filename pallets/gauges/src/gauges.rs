//! # Gauges: created and killed by governance
//!
//! A gauge is what vote-escrowed PLX votes for. Governance (`AdminOrigin`) creates
//!
//! - an **allocation gauge** per strategy of a governed vault: the relative weights of a vault's
//!   allocation gauges are its target allocation ([`crate::allocation`]);
//! - an **emission gauge** per vault: the relative weights of all emission gauges split the
//!   epoch's PLX emission ([`crate::emissions`]).
//!
//! A new gauge's weight point opens at the next epoch (votes count from then). Killing a gauge
//! (`kill_gauge`) removes its weight from the next epoch on: its point and the slopes of its
//! votes' future ends (at most `MaxLockEpochs` of them) are cleared, and for an emission gauge
//! taken out of the emission total. Weights, co-incentives and emissions of past epochs stay
//! claimable, stakes withdrawable and pots of later epochs refundable; the vault's place for
//! that strategy (or its emission gauge) is free again.

use crate::{math, pallet::*, types::*};
use plexus_primitives::{StrategyInspect, VaultInspect};
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_runtime::DispatchResult};

impl GaugeKind {
	/// The vault the gauge belongs to.
	pub fn vault(&self) -> VaultId {
		match self {
			GaugeKind::Allocation { vault, .. } | GaugeKind::Emission { vault } => *vault,
		}
	}

	/// Whether the gauge splits emissions.
	pub fn is_emission(&self) -> bool {
		matches!(self, GaugeKind::Emission { .. })
	}
}

impl<T: Config> Pallet<T> {
	/// `create_gauge`: checks and registers a gauge of `kind` and stores it, its point open at
	/// the next epoch.
	pub(crate) fn do_create_gauge(kind: GaugeKind) -> DispatchResult {
		let id = NextGaugeId::<T>::get();
		ensure!(id < T::MaxGauges::get(), Error::<T>::TooManyGauges);
		ensure!(T::Vaults::share_asset(kind.vault()).is_some(), Error::<T>::UnknownVault);
		Self::register_gauge(id, kind)?;
		let now = Self::current_epoch();
		let info = GaugeInfo {
			kind,
			status: GaugeStatus::Active,
			point: WeightPoint { epoch: now.saturating_add(1), bias: 0, slope: 0 },
			emission: EmissionState {
				rate_epoch: now,
				rate: 0,
				acc: 0,
				last_update: Self::now_block(),
				staked: 0,
			},
		};
		Gauges::<T>::insert(id, info);
		NextGaugeId::<T>::put(id.saturating_add(1));
		Self::deposit_event(Event::GaugeCreated { gauge: id, kind });
		Ok(())
	}

	/// Registers gauge `id` as its vault's allocation gauge for a strategy (a governed vault, a
	/// strategy of it without a gauge, room for one more) or as the vault's emission gauge
	/// (none yet).
	fn register_gauge(id: GaugeId, kind: GaugeKind) -> DispatchResult {
		let vault = kind.vault();
		match kind {
			GaugeKind::Allocation { strategy, .. } => {
				ensure!(T::Vaults::is_governed(vault), Error::<T>::NotGovernedVault);
				ensure!(
					T::Strategies::strategy_vault(strategy) == Some(vault),
					Error::<T>::UnknownStrategy
				);
				AllocationGauges::<T>::try_mutate(vault, |gauges| {
					ensure!(gauges.iter().all(|(s, _)| *s != strategy), Error::<T>::GaugeExists);
					gauges.try_push((strategy, id)).map_err(|_| Error::<T>::TooManyGauges)
				})?;
			},
			GaugeKind::Emission { .. } => {
				ensure!(!EmissionGauge::<T>::contains_key(vault), Error::<T>::GaugeExists);
				EmissionGauge::<T>::insert(vault, id);
			},
		}
		Ok(())
	}

	/// `kill_gauge`: the gauge weighs nothing from the next epoch on and leaves its vault.
	pub(crate) fn do_kill_gauge(gauge: GaugeId) -> DispatchResult {
		let mut info = Self::current_gauge(gauge)?;
		ensure!(info.status == GaugeStatus::Active, Error::<T>::GaugeNotActive);
		Self::clear_future_weight(gauge, &info);
		info.point.set(math::Point::default());
		info.status = GaugeStatus::Killed;
		info.emission.rate = 0;
		match info.kind {
			GaugeKind::Allocation { vault, .. } => AllocationGauges::<T>::mutate(vault, |gauges| {
				gauges.retain(|(_, g)| *g != gauge);
			}),
			GaugeKind::Emission { vault } => EmissionGauge::<T>::remove(vault),
		}
		Gauges::<T>::insert(gauge, info);
		Self::deposit_event(Event::GaugeKilled { gauge });
		Ok(())
	}

	/// Removes a gauge's weight from its open epoch on: its point from the emission total (an
	/// emission gauge), and the slopes of its votes' ends over the next `MaxLockEpochs` epochs
	/// from its own and the emission total's slope changes.
	fn clear_future_weight(gauge: GaugeId, info: &GaugeInfo) {
		let open = info.point.epoch;
		let emission = info.kind.is_emission();
		if emission {
			EmissionTotal::<T>::mutate(|total| {
				total.set(total.point().remove_point(info.point.point()));
			});
		}
		for end in open.saturating_add(1)..=open.saturating_add(T::MaxLockEpochs::get()) {
			let ending = SlopeChanges::<T>::take(gauge, end);
			if ending > 0 && emission {
				EmissionSlopeChanges::<T>::mutate(end, |s| *s = s.saturating_sub(ending));
			}
		}
	}
}
