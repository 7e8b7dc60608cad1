//! # Storage migrations
//!
//! - **v1** ([`v1::MigrateToV1`]): builds [`VaultViews`] (each vault's active strategies,
//!   `Σ debt · yield_bps` over them, its report deadline and its number of held reports) from
//!   the strategies, and removes the two maps the view replaces, `ReportDeadlines` and
//!   `HeldReports` (one entry per vault each). Its weight is one read per vault listed in
//!   `VaultStrategies` and per strategy, three writes per vault; strategies are registered by
//!   governance only, so the migration runs in one block.

use crate::pallet::*;
use polkadot_sdk::frame_support::{
	migrations::VersionedMigration,
	storage::migration::clear_storage_prefix,
	traits::{PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// Migration to storage version 1.
pub mod v1 {
	use super::*;
	use polkadot_sdk::frame_support::traits::Get;

	/// Builds [`VaultViews`] from `VaultStrategies` and `Strategies` and removes
	/// `ReportDeadlines` and `HeldReports` (no version check: use [`MigrateToV1`]).
	pub struct BuildVaultViews<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for BuildVaultViews<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			for (vault, strategies) in VaultStrategies::<T>::iter() {
				reads = reads.saturating_add(1).saturating_add(strategies.len() as u64);
				let view = Pallet::<T>::view_from_strategies(vault);
				VaultViews::<T>::insert(vault, view);
				writes = writes.saturating_add(1);
			}
			let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
			for item in [&b"ReportDeadlines"[..], b"HeldReports"] {
				let removed = clear_storage_prefix(pallet, item, b"", None, None);
				writes = writes.saturating_add(removed.backend.into());
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(
			_state: alloc::vec::Vec<u8>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			for vault in VaultStrategies::<T>::iter_keys() {
				polkadot_sdk::frame_support::ensure!(
					VaultViews::<T>::get(vault) == Pallet::<T>::view_from_strategies(vault),
					"a vault's view differs from its strategies"
				);
			}
			Ok(())
		}
	}

	/// [`BuildVaultViews`] run once, from storage version 0 to 1.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		BuildVaultViews<T>,
		Pallet<T>,
		<T as polkadot_sdk::frame_system::Config>::DbWeight,
	>;
}
