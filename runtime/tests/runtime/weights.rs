//! The runtime charges the weights benchmarked on Plexus' machine (`runtime/src/weights/`),
//! never zero (`()`) or `pallet_xcm::TestWeightInfo`, and its database weights are the measured
//! ones rather than polkadot-sdk's reference figures.

use plexus_runtime::Runtime;
use polkadot_sdk::{
	frame_support::weights::{constants::RocksDbWeight as ReferenceDbWeight, Weight},
	frame_system::{self, ExtensionsWeightInfo, WeightInfo as _},
	*,
};

type System = <Runtime as frame_system::Config>::SystemWeightInfo;
type Extensions = <Runtime as frame_system::Config>::ExtensionsWeightInfo;
type ParachainSystem = <Runtime as cumulus_pallet_parachain_system::Config>::WeightInfo;
type WeightReclaim = <Runtime as cumulus_pallet_weight_reclaim::Config>::WeightInfo;
type Xcm = <Runtime as pallet_xcm::Config>::WeightInfo;

/// A weight that a benchmark produced: some execution time.
fn benchmarked(w: Weight) -> bool {
	w.ref_time() > 0
}

#[test]
fn frame_system_and_its_extensions_charge_benchmarked_weights() {
	assert!(benchmarked(System::remark(0)));
	assert!(benchmarked(System::set_storage(1)));
	assert!(System::set_storage(10).ref_time() > System::set_storage(1).ref_time());
	assert!(benchmarked(System::set_code()));
	assert!(benchmarked(Extensions::check_nonce()));
	assert!(benchmarked(Extensions::check_mortality_mortal_transaction()));
	assert!(benchmarked(Extensions::check_genesis()));
}

#[test]
fn parachain_system_and_weight_reclaim_charge_benchmarked_weights() {
	use cumulus_pallet_parachain_system::WeightInfo as _;
	use cumulus_pallet_weight_reclaim::WeightInfo as _;
	assert!(benchmarked(ParachainSystem::enqueue_inbound_downward_messages(1)));
	assert!(
		ParachainSystem::enqueue_inbound_downward_messages(100).ref_time()
			> ParachainSystem::enqueue_inbound_downward_messages(1).ref_time()
	);
	assert!(benchmarked(WeightReclaim::storage_weight_reclaim()));
}

#[test]
fn pallet_xcm_charges_its_benchmarks_not_the_test_weights() {
	use pallet_xcm::WeightInfo as _;
	type Test = pallet_xcm::TestWeightInfo;
	for (ours, test) in [
		(Xcm::send(), Test::send()),
		(Xcm::execute(), Test::execute()),
		(Xcm::reserve_transfer_assets(), Test::reserve_transfer_assets()),
		(Xcm::transfer_assets(), Test::transfer_assets()),
		(Xcm::claim_assets(20), Test::claim_assets(20)),
	] {
		assert_ne!(ours, test);
		assert!(benchmarked(ours) && ours.proof_size() > 0, "{ours:?}");
	}
	// Claiming more trapped assets costs more.
	assert!(Xcm::claim_assets(20).ref_time() > Xcm::claim_assets(1).ref_time());
}

#[test]
fn teleports_weigh_more_than_a_block_because_plexus_trusts_none() {
	use pallet_xcm::WeightInfo as _;
	let max_block = plexus_runtime::configs::RuntimeBlockWeights::get().max_block;
	assert!(Xcm::teleport_assets().any_gt(max_block));
}

#[test]
fn database_weights_are_measured_here_not_the_reference_figures() {
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	assert_ne!(db, ReferenceDbWeight::get(), "RocksDbWeight is polkadot-sdk's 25/100 µs");
	// A write costs more than a read, and both are between 1 µs and 1 ms.
	assert!(db.write > db.read);
	for t in [db.read, db.write] {
		assert!((1_000_000..=1_000_000_000).contains(&t), "{t} ps");
	}
}
