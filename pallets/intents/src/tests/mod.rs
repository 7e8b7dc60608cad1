//! Tests of the intents pallet, one file per mechanism (named like its source file): the
//! calls and their errors, matching, eviction, expiry, payouts, batch auctions and solutions,
//! netting, settlement across blocks, and properties of the math and of random batches.

// Tests of a call are grouped in `mod <call>`, which may share its file's name (`deposit`).
#![allow(clippy::module_inception)]

mod auction;
mod eviction;
mod expiry;
mod intent;
mod matching;
mod math;
mod netting;
mod payout;
mod properties;
mod settlement;
mod weight_audit;

use crate::{mock::*, testing_utils::*, types::*};
pub(crate) use plexus_primitives::VaultIntents as _;
pub(crate) use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{fungible::InspectHold as _, fungibles::Mutate as _, Hooks as _},
	},
	frame_system::RawOrigin,
};
