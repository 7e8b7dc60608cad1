//! # Invariants (`try_state`)
//!
//! Checked after every test and by `try-runtime`: every operation's strategy points back to it
//! with the same amount in transit; a strategy without an operation has nothing in transit;
//! every strategy is listed under its vault; the hub-asset registry's two maps are inverse.

use crate::pallet::*;
use polkadot_sdk::{frame_support::ensure, sp_runtime::TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks the invariants of the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (q, op) in Operations::<T>::iter() {
			let s = Strategies::<T>::get(op.strategy).ok_or("operation of unknown strategy")?;
			ensure!(s.operation == Some(q), "strategy does not point to its operation");
			ensure!(s.in_transit == op.amount, "in transit differs from the operation");
		}
		for (id, s) in Strategies::<T>::iter() {
			ensure!(
				VaultStrategies::<T>::get(s.params.vault).contains(&id),
				"strategy not listed under its vault"
			);
			if s.operation.is_none() {
				ensure!(s.in_transit == 0, "in transit without an operation");
			}
		}
		for vault in VaultStrategies::<T>::iter_keys() {
			let (view, expected) = (VaultViews::<T>::get(vault), Self::view_from_strategies(vault));
			ensure!(
				(&view.active, view.yield_weight, view.held_reports)
					== (&expected.active, expected.yield_weight, expected.held_reports),
				"a vault's view differs from its strategies"
			);
			// The report deadline is recomputed after each report and each operation's
			// resolution, not when an operation starts: a deallocation in flight keeps the
			// deadline of the debt it took (its value is not confirmed yet), so the vault may
			// pause while the answer is overdue.
			let in_flight = VaultStrategies::<T>::get(vault)
				.iter()
				.filter_map(Strategies::<T>::get)
				.any(|s| s.operation.is_some());
			ensure!(
				in_flight || view.report_deadline == expected.report_deadline,
				"a vault's report deadline differs from its strategies'"
			);
		}
		for vault in VaultViews::<T>::iter_keys() {
			ensure!(
				VaultStrategies::<T>::contains_key(vault),
				"view of a vault without strategies"
			);
		}
		for (id, hub) in HubAssets::<T>::iter() {
			ensure!(HubAssetIds::<T>::get(&hub.location) == Some(id), "registry not inverse");
		}
		ensure!(
			HubAssetIds::<T>::iter().count() == HubAssets::<T>::iter().count(),
			"registry sizes differ"
		);
		Ok(())
	}
}
