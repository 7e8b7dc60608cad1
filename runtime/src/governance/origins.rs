//! Custom origins of Plexus' OpenGov: each is the origin of one referendum track.

pub use pallet_custom_origins::*;

/// The pallet that defines Plexus' custom governance origins.
#[polkadot_sdk::frame_support::pallet]
pub mod pallet_custom_origins {
	use crate::{Balance, UNIT};
	use polkadot_sdk::frame_support::pallet_prelude::*;

	/// Configuration of the custom origins pallet (nothing to configure).
	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {}

	/// The custom origins pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The custom origins, one per governance track.
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Dispatches calls that the whitelist (`pallet-whitelist`) approved beforehand.
		WhitelistedCaller,
		/// Sets the parameters of liquidity coordination: hub assets, vault caps and fees,
		/// strategies, gauges and emission rates.
		LiquidityAdmin,
		/// Acts fast to protect liquidity: pauses a vault (`Vaults.pause`: no deposits, mints, requests or
		/// finalizations); it can neither unpause nor pause anything else.
		LiquidityGuardian,
		/// Spends from the treasury (up to 1 000 000 PLX at once) and administers it.
		Treasurer,
		/// Cancels referenda (the deposits are refunded).
		ReferendumCanceller,
		/// Kills referenda (the deposits are slashed).
		ReferendumKiller,
	}

	macro_rules! decl_unit_ensures {
		( $name:ident: $success_type:ty = $success:expr ) => {
			#[doc = concat!("Ensures the origin is `Origin::", stringify!($name), "`.")]
			pub struct $name;
			impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for $name {
				type Success = $success_type;
				fn try_origin(o: O) -> Result<Self::Success, O> {
					o.into().and_then(|o| match o {
						Origin::$name => Ok($success),
						r => Err(O::from(r)),
					})
				}
				#[cfg(feature = "runtime-benchmarks")]
				fn try_successful_origin() -> Result<O, ()> {
					Ok(O::from(Origin::$name))
				}
			}
		};
		( $name:ident ) => { decl_unit_ensures! { $name : () = () } };
		( $name:ident: $success_type:ty = $success:expr, $( $rest:tt )* ) => {
			decl_unit_ensures! { $name: $success_type = $success }
			decl_unit_ensures! { $( $rest )* }
		};
		( $name:ident, $( $rest:tt )* ) => {
			decl_unit_ensures! { $name }
			decl_unit_ensures! { $( $rest )* }
		};
		() => {}
	}
	decl_unit_ensures!(
		WhitelistedCaller,
		LiquidityAdmin,
		LiquidityGuardian,
		Treasurer,
		ReferendumCanceller,
		ReferendumKiller,
	);

	/// The treasury spend limit of the `Treasurer` origin, in planck of PLX.
	pub const TREASURER_SPEND_LIMIT: Balance = 1_000_000 * UNIT;

	/// Ensures the origin may spend from the treasury; succeeds with the maximum amount
	/// (planck of PLX) it may spend at once.
	pub struct Spender;
	impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for Spender {
		type Success = Balance;
		fn try_origin(o: O) -> Result<Self::Success, O> {
			o.into().and_then(|o| match o {
				Origin::Treasurer => Ok(TREASURER_SPEND_LIMIT),
				r => Err(O::from(r)),
			})
		}
		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin() -> Result<O, ()> {
			Ok(O::from(Origin::Treasurer))
		}
	}
}
