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

mod xcm_instructions {
	//! XCM messages are weighed from the instructions' benchmarks (`weights::xcm`), per asset
	//! where an instruction moves assets, and never by a flat per-instruction bound.
	use super::*;
	use plexus_runtime::configs::xcm_config::{
		MaxAssetsIntoHolding, MaxInstructions, UsdtLocation, XcmConfig,
	};
	use polkadot_sdk::{
		staging_xcm::latest::prelude::*, staging_xcm_executor::traits::WeightBounds,
	};

	type Weigher = <XcmConfig as polkadot_sdk::staging_xcm_executor::Config>::Weigher;
	type Call = plexus_runtime::RuntimeCall;

	fn weigh(instructions: Vec<Instruction<Call>>) -> Result<Weight, InstructionError> {
		Weigher::weight(&mut Xcm(instructions), Weight::MAX)
	}

	fn usdt(amount: u128) -> Asset {
		(UsdtLocation::get(), amount).into()
	}

	fn dot(amount: u128) -> Asset {
		(Location::parent(), amount).into()
	}

	/// The message a reserve transfer from Asset Hub delivers.
	fn reserve_transfer_in(assets: Vec<Asset>) -> Vec<Instruction<Call>> {
		let n = assets.len() as u32;
		vec![
			ReserveAssetDeposited(assets.clone().into()),
			ClearOrigin,
			BuyExecution { fees: assets[0].clone(), weight_limit: Unlimited },
			DepositAsset {
				assets: Wild(AllCounted(n)),
				beneficiary: AccountId32 { network: None, id: [7; 32] }.into(),
			},
			SetTopic([1; 32]),
		]
	}

	#[test]
	fn every_instruction_of_a_reserve_transfer_in_has_a_benchmarked_weight() {
		for instruction in reserve_transfer_in(vec![usdt(1_000_000)]) {
			let w = weigh(vec![instruction.clone()]).expect("supported instruction");
			assert!(benchmarked(w), "{instruction:?} weighs {w:?}");
		}
		let whole = weigh(reserve_transfer_in(vec![usdt(1_000_000)])).unwrap();
		// Well under the 1 ms × 5 instructions the hand-set bound used to charge, and well above
		// zero: the hub-asset transactor reads and writes storage.
		assert!(whole.ref_time() < 5_000_000_000, "{whole:?}");
		assert!(whole.ref_time() > 10_000_000 && whole.proof_size() > 0, "{whole:?}");
	}

	#[test]
	fn instructions_that_move_assets_weigh_per_asset() {
		let one = weigh(reserve_transfer_in(vec![usdt(1_000_000)])).unwrap();
		let two = weigh(reserve_transfer_in(vec![usdt(1_000_000), dot(10_000_000_000)])).unwrap();
		assert!(two.ref_time() > one.ref_time());
		let beneficiary: Location = AccountId32 { network: None, id: [7; 32] }.into();
		let deposit_one = weigh(vec![DepositAsset {
			assets: Definite(usdt(1).into()),
			beneficiary: beneficiary.clone(),
		}])
		.unwrap();
		let deposit_all = weigh(vec![DepositAsset { assets: Wild(All), beneficiary }]).unwrap();
		// A wildcard may move everything the holding register holds.
		let most = 2 * u64::from(MaxAssetsIntoHolding::get());
		assert_eq!(deposit_all.ref_time(), deposit_one.ref_time() * most);
	}

	#[test]
	fn transact_weighs_a_fixed_overhead_plus_the_call_weight() {
		use polkadot_sdk::frame_support::dispatch::GetDispatchInfo;
		// The same benchmarked overhead on top of two calls of different weights.
		let overhead = |call: Call| {
			let call_weight = call.get_dispatch_info().call_weight;
			let whole = weigh(vec![Transact {
				origin_kind: OriginKind::SovereignAccount,
				fallback_max_weight: None,
				call: call.encode_call(),
			}])
			.unwrap();
			assert!(whole.all_gte(call_weight), "{whole:?} < {call_weight:?}");
			whole - call_weight
		};
		let small = overhead(frame_system::Call::remark { remark: vec![] }.into());
		let large =
			overhead(frame_system::Call::remark_with_event { remark: vec![0; 1_000] }.into());
		assert_eq!(small, large);
		assert!(benchmarked(small));
	}

	/// `.encode_call()`: a call as `Transact`'s double-encoded payload.
	trait EncodeCall {
		fn encode_call(&self) -> polkadot_sdk::staging_xcm::DoubleEncoded<Call>;
	}
	impl<C: codec::Encode> EncodeCall for C {
		fn encode_call(&self) -> polkadot_sdk::staging_xcm::DoubleEncoded<Call> {
			self.encode().into()
		}
	}

	#[test]
	fn unsupported_instructions_make_a_message_unweighable() {
		let here = Location::here();
		for instruction in [
			ReceiveTeleportedAsset(dot(1).into()),
			ExchangeAsset { give: Wild(All), want: dot(1).into(), maximal: true },
			UniversalOrigin(GlobalConsensus(Polkadot)),
			ExportMessage { network: Kusama, destination: Here, xcm: Xcm(vec![]) },
			LockAsset { asset: dot(1), unlocker: here.clone() },
			UnlockAsset { asset: dot(1), target: here.clone() },
			NoteUnlockable { asset: dot(1), owner: here.clone() },
			RequestUnlock { asset: dot(1), locker: here },
			HrmpChannelAccepted { recipient: 2000 },
		] {
			assert!(weigh(vec![ClearOrigin, instruction.clone()]).is_err(), "{instruction:?}");
		}
	}

	#[test]
	fn a_message_of_more_than_max_instructions_is_refused() {
		let max = MaxInstructions::get() as usize;
		assert!(weigh(vec![ClearOrigin; max]).is_ok());
		assert!(weigh(vec![ClearOrigin; max + 1]).is_err());
	}
}

/// #19 item 10: one settlement step (a pair's reference clearing) read both books of up to
/// `MaxBookSize` = 1 024 intents each: ~1.8 s and ~6 MB of proof with the benchmarked
/// weights, more than a whole block, and the first step of a block always runs. Now every
/// step, a full pair (2 × `MaxBookSize`) included, fits in `SettlementWeight` by ref time and
/// proof size (`pallet-intents`' integrity test, run here on the runtime's weights).
#[test]
fn every_settlement_step_fits_in_the_settlement_weight() {
	use frame_support::traits::{Get, IntegrityTest};
	use pallet_intents::WeightInfo as _;
	<pallet_intents::Pallet<Runtime> as IntegrityTest>::integrity_test();
	type Intents = <Runtime as pallet_intents::Config>::WeightInfo;
	let budget = <Runtime as pallet_intents::Config>::SettlementWeight::get();
	let book: u32 = <Runtime as pallet_intents::Config>::MaxBookSize::get();
	let pair = Intents::clear_pair(2 * book);
	assert!(pair.all_lte(budget), "{pair:?} > {budget:?}");
}
