//! The runtime's storage migrations (`plexus_runtime::Migrations`), run on the state they
//! migrate.

use super::{ext_for, gauges::register_strategy, ONE_USDT};
use codec::Encode;
use pallet_strategies::{migrations::v1::MigrateToV1, VaultViews};
use plexus_runtime::{Runtime, RuntimeOrigin, Strategies};
use polkadot_sdk::frame_support::{
	assert_ok,
	storage::migration::put_storage_value,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	StorageHasher, Twox64Concat,
};

/// Whether the strategies' storage item `item` of version 0 has any key left.
fn storage_prefix_has_keys(item: &[u8]) -> bool {
	let prefix = polkadot_sdk::frame_support::storage::storage_prefix(b"Strategies", item);
	polkadot_sdk::sp_io::storage::next_key(&prefix).is_some_and(|k| k.starts_with(&prefix))
}

/// A chain whose strategies were registered before `VaultViews` existed (storage version 0):
/// one strategy with a reported yield, one retired, and the two maps the view replaces.
fn strategies_before_v1() -> (u32, u32) {
	let (active, retired) = (register_strategy(), register_strategy());
	assert_ok!(Strategies::retire_strategy(RuntimeOrigin::root(), retired));
	pallet_strategies::Strategies::<Runtime>::mutate(active, |s| {
		let s = s.as_mut().expect("registered");
		(s.debt, s.yield_bps) = (1_000 * ONE_USDT, 500);
	});
	let _ = VaultViews::<Runtime>::clear(u32::MAX, None);
	// The two maps the view replaces, as version 0 kept them (`Twox64Concat` of the vault).
	put_storage_value(b"Strategies", b"ReportDeadlines", &Twox64Concat::hash(&0u32.encode()), 7u32);
	put_storage_value(b"Strategies", b"HeldReports", &Twox64Concat::hash(&0u32.encode()), 1u32);
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
		// Recomputed from the strategies, not copied from the old maps.
		let strategy = pallet_strategies::Strategies::<Runtime>::get(active).expect("registered");
		assert_eq!(view.report_deadline, strategy.report_deadline());
		assert_eq!(view.held_reports, 0);
		for item in [&b"ReportDeadlines"[..], b"HeldReports"] {
			assert!(!storage_prefix_has_keys(item), "the old map is removed");
		}
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
