//! Tests of the gauges pallet, one file per mechanism (named like its source file): every
//! call's success and error paths, the vote-escrow formula, co-incentive and emission
//! accounting, and property tests of the invariants.

// Tests of a call are grouped in `mod <call>`, which may share its file's name (`deposit`).
#![allow(clippy::module_inception)]

mod allocation;
mod emissions;
mod epochs;
mod gauges;
mod incentives;
mod math;
mod props;
mod vote_escrow;
mod voting;
mod weight_audit;

use crate::{
	mock::*,
	pallet::{
		AllocationGauges, EmissionTotal, EmissionTotalAt, GaugeWeightAt, Gauges as GaugeStore,
		IncentiveDeposits, Incentives, Locks, Stakes, VoteSlots, VotesOf,
	},
	testing_utils::*,
	types::*,
	Error, Event,
};
use plexus_primitives::AllocationWeights;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::Inspect as _, fungibles::Mutate},
	},
	sp_runtime::{DispatchError, Perbill},
};
