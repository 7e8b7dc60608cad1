//! The fuzzed chain and the chains around it: blocks of the real runtime, calls dispatched
//! as extrinsics would be (weight checked against the block, post-dispatch weight charged),
//! XCM executed by the runtime's executor, and a ledger of Asset Hub (Plexus' reserve) kept by
//! reading every message Plexus sends.
//!
//! Block life cycle (as `frame-executive` runs it, without the parachain inherents whose
//! relay-chain proofs a native test cannot make): `System::initialize`, `on_initialize` of
//! `System`, `PolkadotXcm` and the four Plexus pallets (charged as mandatory weight), the
//! block's operations, then `on_idle` with the block's weight left and `on_finalize`.

use crate::{
	invariants::{Snapshot, Violation},
	setup::asset_hub,
};
use codec::Encode;
use plexus_runtime::{
	configs::xcm_config::XcmConfig, configs::RuntimeBlockWeights, hub_assets as hub, AccountId,
	AssetId, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System, XcmpQueue,
};
use polkadot_sdk::{
	frame_support::{
		dispatch::{DispatchClass, GetDispatchInfo, PostDispatchInfo},
		traits::{OnFinalize, OnIdle, OnInitialize},
		weights::Weight,
	},
	sp_runtime::{traits::Dispatchable, DispatchResultWithInfo},
	staging_xcm::{latest::prelude::*, VersionedXcm},
	staging_xcm_builder::InspectMessageQueues,
	staging_xcm_executor::XcmExecutor,
};
use std::collections::BTreeMap;

/// The hooked pallets that come before the intents in the runtime.
type BeforeIntents = (
	plexus_runtime::System,
	plexus_runtime::PolkadotXcm,
	plexus_runtime::Vaults,
	plexus_runtime::Strategies,
);

/// The pallets whose hooks a fuzzed block runs, in the runtime's order.
pub type Hooked = (BeforeIntents, plexus_runtime::Intents, plexus_runtime::Gauges);

/// A strategy's program that Asset Hub has received and not yet answered.
#[derive(Clone, Debug)]
pub struct Remote {
	/// The `pallet-xcm` query of the operation.
	pub query: u64,
	/// The strategy.
	pub strategy: u32,
	/// The asset.
	pub asset: AssetId,
	/// Allocation (`true`) or deallocation.
	pub allocate: bool,
	/// Planck moved.
	pub amount: u128,
}

/// Asset Hub as Plexus' reserve, kept by reading Plexus' messages: what backs each hub asset.
#[derive(Clone, Debug, Default)]
pub struct Reserve {
	/// Plexus' sovereign account on Asset Hub, per hub asset.
	pub sovereign: BTreeMap<AssetId, u128>,
	/// What each strategy's position on Asset Hub holds.
	pub positions: BTreeMap<u32, u128>,
	/// Programs received and not answered.
	pub remote: Vec<Remote>,
	/// Assets trapped on Plexus: `(origin, asset, amount)`.
	pub trapped: Vec<(Location, AssetId, u128)>,
}

/// The fuzzed chain's state besides the runtime's storage, and the statistics of a run.
pub struct World {
	/// The ledger of the reserve chain.
	pub reserve: Reserve,
	/// The events seen so far in this block.
	pub events_seen: usize,
	/// The snapshot the invariants compare with.
	pub snapshot: Option<Snapshot>,
	/// Blocks run.
	pub blocks: u64,
	/// The weight `on_initialize` took in this block.
	pub init_weight: Weight,
	/// Of which the intents' (settlement).
	pub intents_init_weight: Weight,
}

/// Whether an operation's call was dispatched and how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dispatched {
	/// The call succeeded.
	Ok,
	/// The call failed with this error (changing nothing).
	Err(String),
}

impl Default for World {
	fn default() -> Self {
		Self::new()
	}
}

impl World {
	/// A world whose reserve backs exactly the hub assets that exist at genesis.
	pub fn new() -> Self {
		use polkadot_sdk::frame_support::traits::fungibles::Inspect;
		let mut reserve = Reserve::default();
		for asset in [hub::DOT, hub::USDT] {
			reserve.sovereign.insert(asset, plexus_runtime::Assets::total_issuance(asset));
		}
		Self {
			reserve,
			events_seen: 0,
			snapshot: None,
			blocks: 0,
			init_weight: Weight::zero(),
			intents_init_weight: Weight::zero(),
		}
	}

	/// The events emitted since the last call.
	pub fn new_events(&mut self) -> Vec<RuntimeEvent> {
		let all = System::read_events_no_consensus().map(|r| r.event).collect::<Vec<_>>();
		let new = all.get(self.events_seen..).map(|s| s.to_vec()).unwrap_or_default();
		self.events_seen = all.len();
		new
	}

	/// Starts block `n`: `System::initialize` and the hooks' `on_initialize`.
	pub fn start_block(&mut self, n: u32) {
		let parent = System::parent_hash();
		// A jump: the blocks in between were empty (their hooks are not run).
		System::set_block_number(n.saturating_sub(1));
		System::initialize(&n, &parent, &Default::default());
		// `frame-executive` clears the last block's events when it starts a block.
		System::reset_events();
		self.events_seen = 0;
		let before = <BeforeIntents as OnInitialize<u32>>::on_initialize(n);
		let intents = <plexus_runtime::Intents as OnInitialize<u32>>::on_initialize(n);
		let after = <plexus_runtime::Gauges as OnInitialize<u32>>::on_initialize(n);
		let weight = before.saturating_add(intents).saturating_add(after);
		System::register_extra_weight_unchecked(weight, DispatchClass::Mandatory);
		self.init_weight = weight;
		self.intents_init_weight = intents;
	}

	/// Ends the current block: `on_idle` with what is left of the block, `on_finalize`.
	/// Returns the idle hooks' weight and what they were given.
	pub fn end_block(&mut self) -> (Weight, Weight) {
		let n = System::block_number();
		let max = RuntimeBlockWeights::get().max_block;
		let remaining = max.saturating_sub(System::block_weight().total());
		let used = <Hooked as OnIdle<u32>>::on_idle(n, remaining);
		System::register_extra_weight_unchecked(used, DispatchClass::Mandatory);
		<Hooked as OnFinalize<u32>>::on_finalize(n);
		self.blocks += 1;
		(used, remaining)
	}

	/// Whether a call of `weight` still fits in the block's normal class.
	pub fn fits(weight: Weight) -> bool {
		let limits = RuntimeBlockWeights::get();
		let normal = limits.get(DispatchClass::Normal);
		let max = normal.max_total.unwrap_or(limits.max_block);
		let used = *System::block_weight().get(DispatchClass::Normal);
		used.saturating_add(weight).saturating_add(normal.base_extrinsic).all_lte(max)
	}

	/// Dispatches `call` as an extrinsic of `origin` would be: refused when the block has no
	/// room for its declared weight (`None`), otherwise dispatched in its own storage layer and
	/// its actual weight charged to the block.
	pub fn dispatch(&mut self, origin: RuntimeOrigin, call: RuntimeCall) -> Option<Dispatched> {
		let info = call.get_dispatch_info();
		if !Self::fits(info.total_weight()) {
			return None;
		}
		let result: DispatchResultWithInfo<PostDispatchInfo> = call.dispatch(origin);
		let post = match &result {
			Ok(p) => *p,
			Err(e) => e.post_info,
		};
		let actual = post.calc_actual_weight(&info);
		let base = RuntimeBlockWeights::get().get(DispatchClass::Normal).base_extrinsic;
		System::register_extra_weight_unchecked(actual.saturating_add(base), DispatchClass::Normal);
		Some(match result {
			Ok(_) => Dispatched::Ok,
			Err(e) => Dispatched::Err(format!("{:?}", e.error)),
		})
	}

	/// Executes `message` from `origin` with the runtime's XCM executor, as the message queue
	/// would, charging its weight to the block.
	pub fn execute_xcm(&mut self, origin: Location, message: Xcm<RuntimeCall>) -> Outcome {
		let mut id = message.using_encoded(polkadot_sdk::sp_io::hashing::blake2_256);
		let limit = Weight::from_parts(100_000_000_000, 1 << 20);
		let outcome = XcmExecutor::<XcmConfig>::prepare_and_execute(
			origin,
			message,
			&mut id,
			limit,
			Weight::zero(),
		);
		System::register_extra_weight_unchecked(outcome.weight_used(), DispatchClass::Mandatory);
		outcome
	}

	/// The hub asset of a location as Asset Hub writes it.
	fn hub_asset_of(location: &Location) -> Option<AssetId> {
		let here = asset_hub().appended_with(location.clone()).ok()?;
		pallet_strategies::HubAssetIds::<Runtime>::get(here)
	}

	/// Reads and removes the messages Plexus queued for other chains since the last call,
	/// and plays Asset Hub's side of each: a `WithdrawAsset` from Plexus' sovereign account
	/// moves the assets out of the reserve (deposited to the beneficiary, or into a strategy's
	/// position once its program is answered). A hub asset sent anywhere but its reserve is a
	/// violation.
	pub fn deliver_outbound(&mut self) -> Result<(), Violation> {
		let sent = XcmpQueue::get_messages();
		let _ = cumulus_storage_clear();
		for (dest, messages) in sent {
			let dest = Location::try_from(dest).map_err(|_| Violation::new("bad destination"))?;
			for message in messages {
				let message: Xcm<()> = VersionedXcm::<()>::try_into(message)
					.map_err(|_| Violation::new("undecodable message"))?;
				self.on_asset_hub(&dest, &message)?;
			}
		}
		Ok(())
	}

	fn on_asset_hub(&mut self, dest: &Location, message: &Xcm<()>) -> Result<(), Violation> {
		let mut withdrawn: Vec<(AssetId, u128)> = vec![];
		let mut query = None;
		let mut transact = false;
		for instruction in message.0.iter() {
			match instruction {
				WithdrawAsset(assets) => {
					for asset in assets.inner() {
						let Fungible(amount) = asset.fun else { continue };
						if let Some(id) = Self::hub_asset_of(&asset.id.0) {
							withdrawn.push((id, amount));
						}
					}
				},
				Transact { .. } => transact = true,
				SetAppendix(appendix) => {
					for i in appendix.0.iter() {
						if let ReportError(info) = i {
							query = Some(info.query_id);
						}
					}
				},
				_ => {},
			}
		}
		if withdrawn.is_empty() {
			return Ok(());
		}
		if *dest != asset_hub() {
			return Err(Violation::new(format!(
				"hub assets {withdrawn:?} withdrawn at {dest:?}, which is not their reserve"
			)));
		}
		for (asset, amount) in withdrawn.iter() {
			let s = self.reserve.sovereign.entry(*asset).or_default();
			*s = s.checked_sub(*amount).ok_or_else(|| {
				Violation::new(format!(
					"Plexus withdrew {amount} of {asset} its sovereign account does not hold"
				))
			})?;
		}
		if transact {
			let query = query.ok_or_else(|| Violation::new("a program without a query"))?;
			let op = pallet_strategies::Operations::<Runtime>::get(query)
				.ok_or_else(|| Violation::new(format!("program of unknown operation {query}")))?;
			let s = pallet_strategies::Strategies::<Runtime>::get(op.strategy)
				.ok_or_else(|| Violation::new("operation of unknown strategy"))?;
			self.reserve.remote.push(Remote {
				query,
				strategy: op.strategy,
				asset: s.asset,
				allocate: op.kind == pallet_strategies::OperationKind::Allocate,
				amount: op.amount,
			});
		}
		Ok(())
	}

	/// Asset Hub runs the program of `remote` with the outcome `succeeded`.
	pub fn run_remote(&mut self, remote: &Remote, succeeded: bool) {
		let position = self.reserve.positions.entry(remote.strategy).or_default();
		let sovereign = self.reserve.sovereign.entry(remote.asset).or_default();
		match (remote.allocate, succeeded) {
			(true, true) => *position += remote.amount,
			(true, false) => *sovereign += remote.amount,
			(false, true) => {
				*position = position.saturating_sub(remote.amount);
				*sovereign += remote.amount;
			},
			(false, false) => {},
		}
	}

	/// A reserve transfer in from Asset Hub of `amount` of `asset` to `who`, paying its
	/// execution from the amount (set-up helper; must complete).
	pub fn reserve_transfer_in(&mut self, asset: AssetId, amount: u128, who: &AccountId) {
		let location =
			pallet_strategies::HubAssets::<Runtime>::get(asset).expect("hub asset").location;
		*self.reserve.sovereign.entry(asset).or_default() += amount;
		let outcome = self
			.execute_xcm(asset_hub(), reserve_deposit(location, amount, amount / 100, who, true));
		assert!(outcome.ensure_complete().is_ok(), "set-up transfer of {asset} completes");
	}
}

/// Empties the XCMP outbound queue: the collator took the messages.
fn cumulus_storage_clear() -> u32 {
	use polkadot_sdk::{frame_support::storage::unhashed, sp_io::hashing::twox_128};
	let mut removed = 0;
	for item in ["OutboundXcmpMessages", "OutboundXcmpStatus", "SignalMessages"] {
		let prefix = [twox_128(b"XcmpQueue"), twox_128(item.as_bytes())].concat();
		removed += unhashed::clear_prefix(&prefix, None, None).backend;
	}
	removed
}

/// A reserve transfer in: `amount` of `asset` deposited by its reserve, `fee` of it paying
/// execution, the rest deposited to `who` (or left in holding without `deposit`).
pub fn reserve_deposit(
	asset: Location,
	amount: u128,
	fee: u128,
	who: &AccountId,
	deposit: bool,
) -> Xcm<RuntimeCall> {
	let mut message = vec![
		ReserveAssetDeposited((asset.clone(), amount).into()),
		ClearOrigin,
		BuyExecution { fees: (asset, fee).into(), weight_limit: Unlimited },
	];
	if deposit {
		message.push(DepositAsset {
			assets: Wild(AllCounted(1)),
			beneficiary: AccountId32 { network: None, id: who.clone().into() }.into(),
		});
	}
	Xcm(message)
}
