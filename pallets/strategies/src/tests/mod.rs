//! Unit tests of the strategies pallet on the mock runtime, one file per mechanism (named
//! like its source file): every call's success and error paths, the operation life cycle,
//! reports and the circuit breaker, and the transactor's inflow limits. Shared set-ups and
//! the `assert_<call>` helpers are in `testing_utils.rs`.

// Tests of a call are grouped in `mod <call>`, which may share its file's name (`deposit`).
#![allow(clippy::module_inception)]

use crate::{
	mock::Assets, mock::*, testing_utils::*, types::*, HubAssetRegistry, HubAssetTransactor,
};
use crate::{
	BranchFlows, Error, Event, HeldInflows, HubAssetIds, HubAssets, InflowLimits, Operations,
	PendingHolds, VaultViews,
};
use plexus_primitives::DepositGate;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::fungibles::{Inspect, Mutate},
		BoundedVec,
	},
	sp_runtime::{traits::MaybeEquivalence, DispatchError, Perbill},
	staging_xcm::latest::prelude::*,
	staging_xcm_builder::{ConvertedConcreteId, FungiblesAdapter, NoChecking},
	staging_xcm_executor::traits::TransactAsset,
};

mod operations;
mod rebalance;
mod registry;
mod reports;
mod runtime_api;
mod strategies;
mod transactor;
mod types;
mod weight_audit;
mod withdraw;
