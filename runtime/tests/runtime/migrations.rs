//! The runtime's storage migrations (`plexus_runtime::Migrations`), run on the state they
//! migrate.

use super::{ext_for, gauges::register_strategy, ONE_USDT};
use pallet_strategies::{migrations::v1::MigrateToV1, VaultViews};
use plexus_runtime::{Runtime, RuntimeOrigin, Strategies};
use polkadot_sdk::frame_support::{
	assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};

/// A chain whose strategies were registered before `VaultViews` existed (storage version 0):
/// one strategy with a reported yield, one retired.
fn strategies_before_v1() -> (u32, u32) {
	let (active, retired) = (register_strategy(), register_strategy());
	assert_ok!(Strategies::retire_strategy(RuntimeOrigin::root(), retired));
	pallet_strategies::Strategies::<Runtime>::mutate(active, |s| {
		let s = s.as_mut().expect("registered");
		(s.debt, s.yield_bps) = (1_000 * ONE_USDT, 500);
	});
	let _ = VaultViews::<Runtime>::clear(u32::MAX, None);
	StorageVersion::new(0).put::<Strategies>();
	(active, retired)
}

#[test]
fn strategies_v1_builds_each_vaults_view_of_its_active_strategies_once() {
	ext_for("development").execute_with(|| {
		let (active, _) = strategies_before_v1();

		let weight = MigrateToV1::<Runtime>::on_runtime_upgrade();

		let view = VaultViews::<Runtime>::get(0);
		assert_eq!(view.active.into_inner(), vec![active], "the retired strategy is left out");
		assert_eq!(view.yield_weight, 1_000 * ONE_USDT * 500);
		assert_eq!(Strategies::on_chain_storage_version(), StorageVersion::new(1));
		assert!(weight.ref_time() > 0, "the migration charges its reads and writes");
		super::check_invariants();
		// Version 1 now: a second upgrade changes nothing.
		let _ = VaultViews::<Runtime>::clear(u32::MAX, None);
		MigrateToV1::<Runtime>::on_runtime_upgrade();
		assert!(!VaultViews::<Runtime>::contains_key(0));
	});
}

/// With `try-runtime` (as CI runs these tests): the migration's own post-upgrade check passes.
#[cfg(feature = "try-runtime")]
#[test]
fn strategies_v1_passes_its_try_runtime_checks() {
	ext_for("development").execute_with(|| {
		strategies_before_v1();
		assert_ok!(MigrateToV1::<Runtime>::try_on_runtime_upgrade(true));
		assert_eq!(Strategies::on_chain_storage_version(), StorageVersion::new(1));
	});
}
