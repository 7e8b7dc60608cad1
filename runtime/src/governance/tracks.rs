//! Referendum tracks of Plexus' OpenGov.
//!
//! | id | track | origin | what it decides |
//! |---|---|---|---|
//! | 0 | `root` | `Root` | anything, runtime upgrades |
//! | 1 | `whitelisted_caller` | `WhitelistedCaller` | calls whitelisted in advance, fast |
//! | 10 | `liquidity_admin` | `LiquidityAdmin` | hub assets, vault caps and fees, strategies, gauges |
//! | 11 | `liquidity_guardian` | `LiquidityGuardian` | pausing a vault (`Vaults.pause`; never unpausing), fast |
//! | 12 | `treasurer` | `Treasurer` | treasury spends up to 1 000 000 PLX |
//! | 20 | `referendum_canceller` | `ReferendumCanceller` | cancelling a referendum |
//! | 21 | `referendum_killer` | `ReferendumKiller` | killing a referendum |
//!
//! Periods are in blocks (6 s); deposits in planck of PLX.

use super::origins;
use crate::{Balance, BlockNumber, RuntimeOrigin, DAYS, HOURS, MINUTES, UNIT};
use alloc::borrow::Cow;
use pallet_referenda::{Curve, Track, TrackInfo};
use polkadot_sdk::{frame_support, frame_system, pallet_referenda, sp_arithmetic, sp_runtime};
use sp_runtime::str_array as s;

const fn percent(x: i32) -> sp_arithmetic::FixedI64 {
	sp_arithmetic::FixedI64::from_rational(x as u128, 100)
}

const APP_ROOT: Curve = Curve::make_reciprocal(4, 28, percent(80), percent(50), percent(100));
const SUP_ROOT: Curve = Curve::make_linear(28, 28, percent(0), percent(50));
const APP_WHITELISTED_CALLER: Curve =
	Curve::make_reciprocal(16, 28 * 24, percent(96), percent(50), percent(100));
const SUP_WHITELISTED_CALLER: Curve =
	Curve::make_reciprocal(1, 28, percent(20), percent(5), percent(50));
const APP_LIQUIDITY_ADMIN: Curve =
	Curve::make_reciprocal(4, 14, percent(80), percent(50), percent(100));
const SUP_LIQUIDITY_ADMIN: Curve =
	Curve::make_reciprocal(7, 14, percent(10), percent(0), percent(50));
const APP_LIQUIDITY_GUARDIAN: Curve =
	Curve::make_reciprocal(1, 7, percent(80), percent(50), percent(100));
const SUP_LIQUIDITY_GUARDIAN: Curve =
	Curve::make_reciprocal(1, 7, percent(10), percent(1), percent(50));
const APP_TREASURER: Curve = Curve::make_reciprocal(4, 28, percent(80), percent(50), percent(100));
const SUP_TREASURER: Curve = Curve::make_linear(28, 28, percent(0), percent(50));
const APP_REFERENDUM_CANCELLER: Curve = Curve::make_linear(17, 28, percent(50), percent(100));
const SUP_REFERENDUM_CANCELLER: Curve =
	Curve::make_reciprocal(12, 28, percent(1), percent(0), percent(50));
const APP_REFERENDUM_KILLER: Curve = Curve::make_linear(17, 28, percent(50), percent(100));
const SUP_REFERENDUM_KILLER: Curve =
	Curve::make_reciprocal(12, 28, percent(1), percent(0), percent(50));

/// Track id of `root`.
pub const ROOT: u16 = 0;
/// Track id of `whitelisted_caller`.
pub const WHITELISTED_CALLER: u16 = 1;
/// Track id of `liquidity_admin`.
pub const LIQUIDITY_ADMIN: u16 = 10;
/// Track id of `liquidity_guardian`.
pub const LIQUIDITY_GUARDIAN: u16 = 11;
/// Track id of `treasurer`.
pub const TREASURER: u16 = 12;
/// Track id of `referendum_canceller`.
pub const REFERENDUM_CANCELLER: u16 = 20;
/// Track id of `referendum_killer`.
pub const REFERENDUM_KILLER: u16 = 21;

const TRACKS_DATA: [Track<u16, Balance, BlockNumber>; 7] = [
	Track {
		id: ROOT,
		info: TrackInfo {
			name: s("root"),
			max_deciding: 1,
			decision_deposit: 10_000 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 14 * DAYS,
			confirm_period: 24 * HOURS,
			min_enactment_period: 24 * HOURS,
			min_approval: APP_ROOT,
			min_support: SUP_ROOT,
		},
	},
	Track {
		id: WHITELISTED_CALLER,
		info: TrackInfo {
			name: s("whitelisted_caller"),
			max_deciding: 100,
			decision_deposit: 1_000 * UNIT,
			prepare_period: 30 * MINUTES,
			decision_period: 14 * DAYS,
			confirm_period: 10 * MINUTES,
			min_enactment_period: 10 * MINUTES,
			min_approval: APP_WHITELISTED_CALLER,
			min_support: SUP_WHITELISTED_CALLER,
		},
	},
	Track {
		id: LIQUIDITY_ADMIN,
		info: TrackInfo {
			name: s("liquidity_admin"),
			max_deciding: 10,
			decision_deposit: 1_000 * UNIT,
			prepare_period: HOURS,
			decision_period: 7 * DAYS,
			confirm_period: 3 * HOURS,
			min_enactment_period: 10 * MINUTES,
			min_approval: APP_LIQUIDITY_ADMIN,
			min_support: SUP_LIQUIDITY_ADMIN,
		},
	},
	Track {
		id: LIQUIDITY_GUARDIAN,
		info: TrackInfo {
			name: s("liquidity_guardian"),
			max_deciding: 10,
			decision_deposit: 500 * UNIT,
			prepare_period: 10 * MINUTES,
			decision_period: 2 * DAYS,
			confirm_period: 30 * MINUTES,
			min_enactment_period: MINUTES,
			min_approval: APP_LIQUIDITY_GUARDIAN,
			min_support: SUP_LIQUIDITY_GUARDIAN,
		},
	},
	Track {
		id: TREASURER,
		info: TrackInfo {
			name: s("treasurer"),
			max_deciding: 10,
			decision_deposit: 1_000 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 14 * DAYS,
			confirm_period: 24 * HOURS,
			min_enactment_period: 24 * HOURS,
			min_approval: APP_TREASURER,
			min_support: SUP_TREASURER,
		},
	},
	Track {
		id: REFERENDUM_CANCELLER,
		info: TrackInfo {
			name: s("referendum_canceller"),
			max_deciding: 100,
			decision_deposit: 1_000 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 7 * DAYS,
			confirm_period: 3 * HOURS,
			min_enactment_period: 10 * MINUTES,
			min_approval: APP_REFERENDUM_CANCELLER,
			min_support: SUP_REFERENDUM_CANCELLER,
		},
	},
	Track {
		id: REFERENDUM_KILLER,
		info: TrackInfo {
			name: s("referendum_killer"),
			max_deciding: 100,
			decision_deposit: 5_000 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 14 * DAYS,
			confirm_period: 3 * HOURS,
			min_enactment_period: 10 * MINUTES,
			min_approval: APP_REFERENDUM_KILLER,
			min_support: SUP_REFERENDUM_KILLER,
		},
	},
];

/// The tracks of Plexus' OpenGov and the origin each one dispatches with.
pub struct TracksInfo;
impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = <RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		TRACKS_DATA.iter().map(Cow::Borrowed)
	}

	fn track_for(id: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		if let Ok(system_origin) = frame_system::RawOrigin::try_from(id.clone()) {
			match system_origin {
				frame_system::RawOrigin::Root => Ok(ROOT),
				_ => Err(()),
			}
		} else if let Ok(custom_origin) = origins::Origin::try_from(id.clone()) {
			match custom_origin {
				origins::Origin::WhitelistedCaller => Ok(WHITELISTED_CALLER),
				origins::Origin::LiquidityAdmin => Ok(LIQUIDITY_ADMIN),
				origins::Origin::LiquidityGuardian => Ok(LIQUIDITY_GUARDIAN),
				origins::Origin::Treasurer => Ok(TREASURER),
				origins::Origin::ReferendumCanceller => Ok(REFERENDUM_CANCELLER),
				origins::Origin::ReferendumKiller => Ok(REFERENDUM_KILLER),
			}
		} else {
			Err(())
		}
	}
}
