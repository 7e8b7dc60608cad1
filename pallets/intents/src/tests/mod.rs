//! Tests of the intents pallet: the calls and their errors, netting, batch auctions, solutions,
//! settlement across blocks, and properties of the math and of random batches.

mod auctions;
mod calls;
mod netting;
mod properties;

use crate::{mock::*, types::*, IntentKindOf};
pub(crate) use plexus_primitives::VaultIntents as _;
pub(crate) use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{fungible::InspectHold as _, fungibles::Mutate as _, Hooks as _},
	},
	frame_system::RawOrigin,
};

/// How long the tests' intents live, blocks.
pub const LIFE: u64 = 50;

/// A swap of `amount` of `give` for at least `min` of `want`.
pub fn swap(give: u32, want: u32, amount: u128, min: u128, partial: bool) -> IntentKindOf<Test> {
	IntentKind::Swap {
		give: (give, amount),
		want_asset: want,
		min_receive: min,
		partial_fill: partial,
	}
}

/// A deposit of `amount` of `asset` into any vault.
pub fn deposit(asset: u32, amount: u128) -> IntentKindOf<Test> {
	IntentKind::Deposit {
		asset,
		amount,
		constraints: DepositConstraints {
			kinds: VaultKindFilter::Any,
			max_lockup: u32::MAX,
			allowed_strategies: None,
			min_yield_bps: 0,
		},
	}
}

/// A redemption of `shares` of `vault` for at least `min` assets.
pub fn redeem(vault: u32, shares: u128, min: u128) -> IntentKindOf<Test> {
	IntentKind::Redeem { vault, shares, min_assets: min }
}

/// Submits `kind` for `who`, living [`LIFE`] blocks; returns its id.
pub fn submit(who: u64, kind: IntentKindOf<Test>) -> Id {
	let id = crate::NextIntentId::<Test>::get();
	assert_ok!(Intents::submit_intent(
		RawOrigin::Signed(who).into(),
		kind,
		System::block_number() + LIFE,
		None
	));
	id
}

/// The open batch's id.
pub fn open_batch() -> BatchId {
	crate::CurrentBatch::<Test>::get().map(|b| b.id).unwrap_or(0)
}

/// Asserts the pallet's invariants.
pub fn check() {
	Intents::do_try_state().expect("invariants hold");
}
