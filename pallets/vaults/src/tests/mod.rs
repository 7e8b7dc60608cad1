//! Tests of the vaults pallet, one file per mechanism (named like its source file): every
//! call with its success and error paths (`mod <call>`), interplays of several calls
//! (`mod scenarios`), the inflation and sandwich attacks, and property tests over random
//! sequences of operations. Shared helpers, `Snapshot` and the `assert_<call>` checks are in
//! `crate::testing_utils`.

// Tests of a call are grouped in `mod <call>`, which may share its file's name (`deposit`).
#![allow(clippy::module_inception)]

mod campaign;
mod deposit;
mod dispatchable_impls;
mod liquidity;
mod math;
mod profit;
mod properties;
mod redemption;
mod runtime_api;
mod weight_audit;

use crate::{mock::*, pallet::*, testing_utils::*, types::*, Error, Event};
use plexus_primitives::VaultLiquidity;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::Preservation,
		},
		weights::Weight,
	},
	sp_runtime::DispatchError,
};
