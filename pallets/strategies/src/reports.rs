//! # Value reports, their bound per window, and the circuit breaker
//!
//! A strategy's report origin (a governance-approved account, or an XCM origin such as the
//! remote chain itself) reports the strategy's value `v` ([`Pallet::report`]); it replaces
//! the debt `d`. A gain goes through the vault's profit unlocking, a loss applies at once
//! (`VaultLiquidity::report_gain` / `report_loss`).
//!
//! **Bound per window.** The reports of one window of `max_report_age` blocks (at least one)
//! together move the value by at most `max_report_change_bps` ([`ReportWindow`]): a report is
//! in bounds iff
//!
//! ```text
//! m + |v − d| ≤ max(b, d) · max_report_change_bps / 10 000
//! ```
//!
//! where `b` is the debt at the window's first report and `m` what the window's earlier
//! reports moved (Σ of their `|change|`), so repeating a report cannot crush or pump a vault.
//! A gain beyond the bound is refused (`ReportOutOfBounds`); a loss beyond it is **held** for
//! governance (event `ReportHeld`, [`VaultViews`]) until [`Pallet::force_report`], which
//! applies any value and opens a new window. A new window also opens at the first report
//! `max_report_age` blocks after the last one opened.
//!
//! **Circuit breaker.** A strategy with debt is stale once its last report (or completed
//! operation) is older than `max_report_age` ([`VaultViews`] keeps each vault's earliest
//! deadline). While one of a vault's strategies is stale or has a held loss, the vault's price
//! is in doubt ([`Pallet::price_in_doubt`]): its deposits and the finalization of its
//! redemptions pause ([`plexus_primitives::DepositGate`], read by `pallet-vaults`), so nobody
//! enters or exits at a price about to be corrected.
//!
//! **Yield.** Each report records its yield annualised, bps per year
//! ([`annualised_yield_bps`]): `(v − d) / d × 10 000 × BLOCKS_PER_YEAR / blocks since the
//! previous report`, zero after a loss.
//!
//! Source: Yearn V3 / ERC-4626 strategy reports with profit unlocking; the circuit breakers of
//! lending markets' price oracles (stale price → pause).

use crate::{pallet::*, types::*};
use plexus_primitives::{
	bps::{self, MAX_BPS},
	time::now,
	StrategyId, VaultId, VaultLiquidity,
};
use polkadot_sdk::{
	frame_support::{ensure, pallet_prelude::*},
	frame_system::pallet_prelude::*,
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding,
		traits::{One, UniqueSaturatedInto},
		DispatchResult, Rounding, Saturating,
	},
};

/// Blocks in a year at Plexus' block time (`plexus_primitives::time`).
pub const BLOCKS_PER_YEAR: u64 = plexus_primitives::time::DAYS as u64 * 365;

/// The yield of a report from `previous` to `value` after `blocks` blocks, annualised, bps per
/// year: `(value − previous) / previous × 10 000 × BLOCKS_PER_YEAR / blocks`, saturating; zero
/// for a loss, no change, no previous value or no elapsed block.
pub fn annualised_yield_bps(previous: u128, value: u128, blocks: u64) -> u32 {
	if value <= previous || previous == 0 || blocks == 0 {
		return 0;
	}
	let gain = value - previous;
	let per_period = multiply_by_rational_with_rounding(
		gain,
		u128::from(MAX_BPS).saturating_mul(BLOCKS_PER_YEAR.into()),
		previous,
		Rounding::Down,
	)
	.unwrap_or(u128::MAX);
	(per_period / u128::from(blocks)).min(u32::MAX.into()) as u32
}

impl<T: Config> Pallet<T> {
	/// The strategy's report origin.
	pub(crate) fn ensure_reporter(origin: OriginFor<T>, s: &StrategyOf<T>) -> DispatchResult {
		let ok = match &s.params.report_origin {
			ReportOrigin::Account(reporter) => {
				ensure_signed(origin).is_ok_and(|who| &who == reporter)
			},
			ReportOrigin::Location(reporter) => {
				T::XcmOrigin::try_origin(origin).is_ok_and(|l| &l == reporter)
			},
		};
		ensure!(ok, Error::<T>::NotReporter);
		Ok(())
	}

	/// Applies a report of `value`. Unless `forced`, the changes of the window's reports stay
	/// within the bound ([`ReportWindow`]): a gain beyond it is refused, a loss beyond it is
	/// held for governance (`Ok`, event `ReportHeld`) and pauses the vault's deposits and
	/// finalizations until `force_report`.
	pub(crate) fn do_report(
		id: StrategyId,
		mut s: StrategyOf<T>,
		value: u128,
		forced: bool,
	) -> DispatchResult {
		ensure!(s.operation.is_none(), Error::<T>::OperationInFlight);
		if forced {
			Self::open_forced_window(&mut s, value);
		} else if !Self::within_window_bound(&mut s, value)? {
			return Self::hold_report(id, s, value);
		}
		Self::apply_report(id, s, value)
	}

	/// `force_report`: lifts a held loss and opens a new window at `value`.
	fn open_forced_window(s: &mut StrategyOf<T>, value: u128) {
		if s.held_report.take().is_some() {
			VaultViews::<T>::mutate(s.params.vault, |view| {
				view.held_reports = view.held_reports.saturating_sub(1)
			});
		}
		s.window = ReportWindow { start: now::<T>(), base: value, moved: 0 };
	}

	/// Opens a new window if the current one is over, and counts `value`'s change in it:
	/// `Ok(true)` if it stays within the bound, `Ok(false)` for a loss beyond it (to be held),
	/// `ReportOutOfBounds` for a gain beyond it, `ReportHeld` while a loss is held.
	fn within_window_bound(s: &mut StrategyOf<T>, value: u128) -> Result<bool, DispatchError> {
		ensure!(s.held_report.is_none(), Error::<T>::ReportHeld);
		let now = now::<T>();
		let previous = s.debt;
		let age = s.params.max_report_age.max(One::one());
		if now >= s.window.start.saturating_add(age) {
			s.window = ReportWindow { start: now, base: previous, moved: 0 };
		}
		let bound =
			bps::to_perbill(s.params.max_report_change_bps).mul_floor(s.window.base.max(previous));
		let moved = s.window.moved.saturating_add(value.abs_diff(previous));
		if moved > bound {
			ensure!(value < previous, Error::<T>::ReportOutOfBounds);
			return Ok(false);
		}
		s.window.moved = moved;
		Ok(true)
	}

	/// Holds a loss beyond the bound for governance: the vault's price is in doubt until
	/// `force_report`.
	fn hold_report(id: StrategyId, mut s: StrategyOf<T>, value: u128) -> DispatchResult {
		let previous = s.debt;
		let vault = s.params.vault;
		s.held_report = Some(value);
		Self::store_strategy(id, s);
		VaultViews::<T>::mutate(vault, |view| {
			view.held_reports = view.held_reports.saturating_add(1)
		});
		Self::deposit_event(Event::ReportHeld { strategy: id, value, previous });
		Ok(())
	}

	/// Moves the vault by the gain or loss, records the yield and the new value, and
	/// recomputes the vault's report deadline.
	fn apply_report(id: StrategyId, mut s: StrategyOf<T>, value: u128) -> DispatchResult {
		let now = now::<T>();
		let previous = s.debt;
		let change = value.abs_diff(previous);
		let vault = s.params.vault;
		if value > previous {
			T::Vaults::report_gain(vault, change)?;
		} else if value < previous {
			T::Vaults::report_loss(vault, change)?;
		}
		s.yield_bps = annualised_yield_bps(
			previous,
			value,
			now.saturating_sub(s.last_report).unique_saturated_into(),
		);
		s.debt = value;
		s.last_report = now;
		Self::store_strategy(id, s);
		Self::update_deadline(vault);
		Self::deposit_event(Event::Reported { strategy: id, value, previous });
		Ok(())
	}

	/// Recomputes the vault's report deadline: the earliest over its strategies with debt.
	pub(crate) fn update_deadline(vault: VaultId) {
		let deadline = Self::earliest_deadline(vault);
		VaultViews::<T>::mutate(vault, |view| view.report_deadline = deadline);
	}

	/// The earliest report deadline over the vault's strategies with debt.
	pub(crate) fn earliest_deadline(vault: VaultId) -> Option<BlockNumberFor<T>> {
		VaultStrategies::<T>::get(vault)
			.iter()
			.filter_map(Strategies::<T>::get)
			.filter_map(|s| s.report_deadline())
			.min()
	}

	/// Whether the strategy's last report is older than its `max_report_age`.
	pub fn is_stale(s: &StrategyOf<T>) -> bool {
		s.report_deadline().is_some_and(|d| now::<T>() > d)
	}

	/// Whether a vault's price is in doubt now: one of its strategies is stale, or has a loss
	/// beyond its bound waiting for governance.
	pub fn price_in_doubt(vault: VaultId) -> bool {
		let view = VaultViews::<T>::get(vault);
		view.report_deadline.is_some_and(|d| now::<T>() > d) || view.held_reports > 0
	}
}

impl<T: Config> plexus_primitives::DepositGate for Pallet<T> {
	fn deposits_paused(vault: VaultId) -> bool {
		Self::price_in_doubt(vault)
	}
	fn finalization_paused(vault: VaultId) -> bool {
		Self::price_in_doubt(vault)
	}
}
