//! Execution fees of XCM messages: in PLX at the transaction fee rate, or in a hub asset (DOT,
//! USDT) at that rate scaled by the ratio of the asset's minimum balance to PLX's existential
//! deposit, and never less than the asset's minimum balance ([`HubAssetTrader`]). What is paid
//! goes to the collators' pot. Used by [`super::XcmConfig`] as its `Trader`.

use super::*;

/// Fee per second of reference time, in planck of PLX, as charged for transactions.
pub fn plx_per_second() -> u128 {
	use frame_support::weights::WeightToFee as _;
	WeightToFee::weight_to_fee(&Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, 0))
}

/// Fee per second of reference time in a hub asset of minimum balance `min_balance`: the PLX
/// fee scaled by the ratio of the asset's minimum balance to PLX's existential deposit (the
/// rule of Asset Hub's `AssetFeeAsExistentialDepositMultiplier`).
pub fn hub_asset_per_second(min_balance: Balance) -> u128 {
	sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
		plx_per_second(),
		min_balance,
		EXISTENTIAL_DEPOSIT,
		sp_runtime::Rounding::Up,
	)
	.unwrap_or(u128::MAX)
}

parameter_types! {
	/// Execution fee rate of USDT: (asset, planck per second of ref time, planck per MB of proof).
	pub UsdtFeeRate: (XcmAssetId, u128, u128) =
		(XcmAssetId(UsdtLocation::get()), hub_asset_per_second(hub::USDT_MIN_BALANCE), 0);
	/// Execution fee rate of DOT: (asset, planck per second of ref time, planck per MB of proof).
	pub DotFeeRate: (XcmAssetId, u128, u128) =
		(XcmAssetId(DotLocation::get()), hub_asset_per_second(hub::DOT_MIN_BALANCE), 0);
}

/// Pays execution fees collected in hub assets into the collators' pot.
pub struct HubAssetFeesToStakingPot;
impl TakeRevenue for HubAssetFeesToStakingPot {
	fn take_revenue(revenue: xcm_executor::AssetsInHolding) {
		let pot: Location = AccountId32 { network: None, id: StakingPot::get().into() }.into();
		if let Err((unpaid, error)) = AssetTransactors::deposit_asset(revenue, &pot, None) {
			log::warn!(target: "xcm::fees", "fee {unpaid:?} not paid to the pot: {error:?}");
		}
	}
}

/// Execution fees in one hub asset at the fixed rate `Rate` (asset, planck per second of ref
/// time, planck per MB of proof), as `FixedRateOfFungible` charges them, but never less than the
/// asset's minimum balance in `pallet-assets` (the rule of Asset Hub's `TakeFirstAssetTrader`):
/// a smaller fee could not be credited to the collators' pot while the pot holds none of the
/// asset, and would be lost. Refunds of unused weight keep the minimum balance. What was paid
/// goes to the collators' pot when the message is done ([`HubAssetFeesToStakingPot`]).
pub struct HubAssetTrader<Rate: Get<(XcmAssetId, u128, u128)>> {
	/// Weight bought and not refunded.
	bought: Weight,
	/// The fee paid for it, in the asset of `Rate`.
	paid: xcm_executor::AssetsInHolding,
	_rate: core::marker::PhantomData<Rate>,
}

impl<Rate: Get<(XcmAssetId, u128, u128)>> HubAssetTrader<Rate> {
	/// The fee for `weight` at `Rate`, and at least the asset's minimum balance (zero weight:
	/// zero fee). Errors: `AssetNotFound` if the asset is not a registered hub asset.
	fn fee(weight: Weight) -> Result<u128, XcmError> {
		use frame_support::{
			traits::fungibles::Inspect, weights::constants::WEIGHT_PROOF_SIZE_PER_MB,
		};
		use sp_runtime::traits::MaybeEquivalence;
		if weight == Weight::zero() {
			return Ok(0);
		}
		let (id, per_second, per_mb) = Rate::get();
		let asset = pallet_strategies::HubAssetRegistry::<Runtime>::convert(&id.0)
			.ok_or(XcmError::AssetNotFound)?;
		let scale = |per: u128, amount: u64, unit: u64| {
			sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
				per,
				u128::from(amount),
				u128::from(unit),
				sp_runtime::Rounding::Up,
			)
			.ok_or(XcmError::Overflow)
		};
		let fee = scale(per_second, weight.ref_time(), WEIGHT_REF_TIME_PER_SECOND)?
			.saturating_add(scale(per_mb, weight.proof_size(), WEIGHT_PROOF_SIZE_PER_MB)?);
		Ok(fee.max(<Assets as Inspect<AccountId>>::minimum_balance(asset)))
	}

	/// The amount of `Rate`'s asset paid so far.
	fn paid_amount(&self) -> u128 {
		let (id, ..) = Rate::get();
		self.paid
			.fungible_assets_iter()
			.find(|a| a.id == id)
			.and_then(|a| match a.fun {
				Fungible(amount) => Some(amount),
				NonFungible(_) => None,
			})
			.unwrap_or(0)
	}
}

impl<Rate: Get<(XcmAssetId, u128, u128)>> xcm_executor::traits::WeightTrader
	for HubAssetTrader<Rate>
{
	fn new() -> Self {
		Self {
			bought: Weight::zero(),
			paid: xcm_executor::AssetsInHolding::new(),
			_rate: core::marker::PhantomData,
		}
	}

	fn buy_weight(
		&mut self,
		weight: Weight,
		mut payment: xcm_executor::AssetsInHolding,
		_context: &XcmContext,
	) -> Result<xcm_executor::AssetsInHolding, (xcm_executor::AssetsInHolding, XcmError)> {
		let (id, ..) = Rate::get();
		if !payment.fungible_assets_iter().any(|a| a.id == id) {
			return Err((payment, XcmError::AssetNotFound));
		}
		let total = self.bought.saturating_add(weight);
		let due = match Self::fee(total) {
			Ok(fee) => fee.saturating_sub(self.paid_amount()),
			Err(e) => return Err((payment, e)),
		};
		if due > 0 {
			match payment.try_take(Asset::from((id, due)).into()) {
				Ok(taken) => self.paid.subsume_assets(taken),
				Err(_) => return Err((payment, XcmError::TooExpensive)),
			}
		}
		self.bought = total;
		Ok(payment)
	}

	fn refund_weight(
		&mut self,
		weight: Weight,
		_context: &XcmContext,
	) -> Option<xcm_executor::AssetsInHolding> {
		let (id, ..) = Rate::get();
		let left = self.bought.saturating_sub(weight.min(self.bought));
		// What the weight still bought costs, the minimum balance included.
		let keep = Self::fee(left).ok()?;
		let refund = self.paid_amount().saturating_sub(keep);
		self.bought = left;
		if refund == 0 {
			return None;
		}
		Some(self.paid.saturating_take(Asset::from((id, refund)).into()))
	}

	fn quote_weight(
		&mut self,
		weight: Weight,
		given: XcmAssetId,
		_context: &XcmContext,
	) -> Result<Asset, XcmError> {
		let (id, ..) = Rate::get();
		if weight == Weight::zero() {
			return Err(XcmError::NoDeal);
		}
		if given != id {
			return Err(XcmError::NotHoldingFees);
		}
		Ok((id, Self::fee(weight)?).into())
	}
}

impl<Rate: Get<(XcmAssetId, u128, u128)>> Drop for HubAssetTrader<Rate> {
	fn drop(&mut self) {
		if !self.paid.is_empty() {
			let paid = core::mem::replace(&mut self.paid, xcm_executor::AssetsInHolding::new());
			HubAssetFeesToStakingPot::take_revenue(paid);
		}
	}
}

/// Execution fees: in PLX at the transaction fee rate, or in DOT or USDT at that rate scaled by
/// the ratio of minimum balances and at least the asset's minimum balance. Fees go to the
/// collators' pot.
pub type Traders = (
	UsingComponents<WeightToFee, PlxLocation, AccountId, Balances, ResolveTo<StakingPot, Balances>>,
	HubAssetTrader<UsdtFeeRate>,
	HubAssetTrader<DotFeeRate>,
);
