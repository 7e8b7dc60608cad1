//! The logic behind the calls: registry, inflows, withdrawals, operations and reports.

use crate::{pallet::*, types::*, xcm_impls, XcmSupport};
use alloc::vec::Vec;
use plexus_primitives::{
	assets::FIRST_SHARE_ASSET_ID, AllocationWeights, AssetId, StrategyId, VaultId, VaultInspect,
	VaultLiquidity,
};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		storage::with_storage_layer,
		traits::{
			fungibles::{Create, Inspect, Mutate},
			tokens::{Fortitude, Precision, Preservation},
		},
	},
	frame_system::{self, pallet_prelude::*},
	sp_runtime::{
		traits::{AccountIdConversion, One, Saturating, UniqueSaturatedInto, Zero},
		DispatchError, DispatchResult, Perbill, SaturatedConversion,
	},
	staging_xcm::latest::{Location, Response},
};

/// The current block.
pub(crate) fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

impl<T: Config> Pallet<T> {
	/// The pallet's account: pays remote fees (hold the fee asset and some PLX here).
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The account that keeps held inflows until they are released.
	pub fn hold_account() -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(*b"hold")
	}

	/// The epoch of block `n`.
	pub fn epoch_at(n: BlockNumberFor<T>) -> EpochIndex {
		let len = T::EpochLength::get();
		if len.is_zero() {
			return 0;
		}
		let e: u128 = (n / len).saturated_into();
		e.try_into().unwrap_or(EpochIndex::MAX)
	}

	/// The first block of epoch `e`.
	pub fn epoch_start(e: EpochIndex) -> BlockNumberFor<T> {
		T::EpochLength::get().saturating_mul(e.into())
	}

	pub(crate) fn do_register_hub_asset(
		asset: AssetId,
		location: Location,
		name: AssetString,
		symbol: AssetString,
		decimals: u8,
		min_balance: u128,
	) -> DispatchResult {
		ensure!(asset < FIRST_SHARE_ASSET_ID, Error::<T>::InvalidAssetId);
		ensure!(!HubAssets::<T>::contains_key(asset), Error::<T>::AssetAlreadyRegistered);
		ensure!(!HubAssetIds::<T>::contains_key(&location), Error::<T>::LocationAlreadyRegistered);
		if !T::Assets::asset_exists(asset) {
			T::Assets::create(asset, Self::account_id(), true, min_balance)?;
		}
		HubAssetIds::<T>::insert(&location, asset);
		HubAssets::<T>::insert(
			asset,
			HubAsset { location: location.clone(), name, symbol, decimals, min_balance },
		);
		Self::deposit_event(Event::HubAssetRegistered { asset, location });
		Ok(())
	}

	/// Burns a held inflow from the hold account and sends it to `beneficiary` on the asset's
	/// reserve; the delivery fee is the pallet account's. Runs in its own storage layer: a
	/// failed send leaves the inflow held.
	pub(crate) fn do_return_inflow(id: u32, beneficiary: Location) -> DispatchResult {
		with_storage_layer(|| {
			let held = HeldInflows::<T>::take(id).ok_or(Error::<T>::UnknownHeldInflow)?;
			let hub = HubAssets::<T>::get(held.asset).ok_or(Error::<T>::UnknownHubAsset)?;
			let destination = Self::reserve_of(&hub);
			// The hold account keeps its floor (see `record_held`): never ended.
			T::Assets::burn_from(
				held.asset,
				&Self::hold_account(),
				held.amount,
				Preservation::Preserve,
				Precision::Exact,
				Fortitude::Polite,
			)?;
			let message =
				xcm_impls::withdraw_program::<T>(&hub, held.amount, &destination, &beneficiary)?;
			T::Xcm::send(&Self::account_id(), destination.clone(), message)?;
			Self::deposit_event(Event::InflowReturned {
				id,
				asset: held.asset,
				amount: held.amount,
				destination,
				beneficiary,
			});
			Ok(())
		})
	}

	pub(crate) fn do_release_inflow(id: u32, forced: bool) -> DispatchResult {
		let held = HeldInflows::<T>::get(id).ok_or(Error::<T>::UnknownHeldInflow)?;
		ensure!(forced || now::<T>() >= held.releasable_at, Error::<T>::NotReleasableYet);
		T::Assets::transfer(
			held.asset,
			&Self::hold_account(),
			&held.beneficiary,
			held.amount,
			Preservation::Preserve,
		)?;
		let epoch = Self::epoch_at(now::<T>());
		BranchFlows::<T>::mutate(held.asset, &held.branch, |f| f.record_inflow(epoch, held.amount));
		HeldInflows::<T>::remove(id);
		Self::deposit_event(Event::InflowReleased {
			id,
			beneficiary: held.beneficiary,
			amount: held.amount,
		});
		Ok(())
	}

	/// Burns `amount` of hub asset `asset` from `who` and sends it to `beneficiary` on
	/// `destination` (the asset's reserve chain) by reserve withdrawal; the remote fee comes out
	/// of the amount, the delivery fee is charged to `who`. What `withdraw_to` does, for other
	/// pallets (`pallet-intents` delivers outputs with it).
	///
	/// All or nothing for any caller, including hooks: the burn, the delivery fee and the send
	/// run in one storage layer, so a send that fails (no channel, full queue, no PLX for the
	/// delivery fee) leaves the asset with `who`.
	pub fn do_withdraw_to(
		who: T::AccountId,
		asset: AssetId,
		amount: u128,
		destination: Location,
		beneficiary: Location,
	) -> DispatchResult {
		with_storage_layer(|| {
			Self::withdraw_to_layered(who, asset, amount, destination, beneficiary)
		})
	}

	fn withdraw_to_layered(
		who: T::AccountId,
		asset: AssetId,
		amount: u128,
		destination: Location,
		beneficiary: Location,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let hub = HubAssets::<T>::get(asset).ok_or(Error::<T>::UnknownHubAsset)?;
		ensure!(Self::reserve_of(&hub) == destination, Error::<T>::NotAssetReserve);
		ensure!(
			T::Assets::reducible_balance(asset, &who, Preservation::Expendable, Fortitude::Polite)
				>= amount,
			Error::<T>::InsufficientBalance
		);
		// A part of the balance leaves at least the minimum behind: burning the rest as dust
		// would take more from the sender than the reserve sends.
		let keep =
			plexus_primitives::transfer::keeping_minimum::<T::Assets, _>(asset, &who, amount)
				.ok_or(Error::<T>::RemainderBelowMinimum)?;
		T::Assets::burn_from(asset, &who, amount, keep, Precision::Exact, Fortitude::Polite)?;
		let message = xcm_impls::withdraw_program::<T>(&hub, amount, &destination, &beneficiary)?;
		T::Xcm::send(&who, destination.clone(), message)?;
		BranchFlows::<T>::mutate(asset, &destination, |f| f.record_outflow(amount));
		Self::deposit_event(Event::WithdrawnTo { who, asset, amount, destination, beneficiary });
		Ok(())
	}

	pub(crate) fn do_register_strategy(
		params: StrategyParamsOf<T>,
	) -> Result<StrategyId, DispatchError> {
		let asset = T::Vaults::vault_asset(params.vault).ok_or(Error::<T>::UnknownVault)?;
		let hub = HubAssets::<T>::get(asset).ok_or(Error::<T>::UnknownHubAsset)?;
		ensure!(Self::reserve_of(&hub) == params.destination, Error::<T>::DestinationNotReserve);
		ensure!(params.max_report_change_bps <= 10_000, Error::<T>::InvalidBps);
		ensure!(params.rebalance_threshold_bps <= 10_000, Error::<T>::InvalidBps);
		ensure!(!params.remote_fee.is_zero(), Error::<T>::ZeroRemoteFee);
		let id = NextStrategyId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		VaultStrategies::<T>::try_mutate(params.vault, |list| {
			list.try_push(id).map_err(|_| Error::<T>::TooManyStrategies)
		})?;
		let vault = params.vault;
		Strategies::<T>::insert(
			id,
			Strategy {
				params,
				asset,
				status: StrategyStatus::Active,
				debt: 0,
				in_transit: 0,
				last_report: now::<T>(),
				last_rebalance: None,
				operation: None,
				yield_bps: 0,
				window: ReportWindow { start: now::<T>(), base: 0, moved: 0 },
				held_report: None,
			},
		);
		NextStrategyId::<T>::put(next);
		Self::deposit_event(Event::StrategyRegistered { strategy: id, vault });
		Ok(id)
	}

	/// Governance, or the curator of a curated vault.
	pub(crate) fn ensure_allocator(origin: OriginFor<T>, vault: VaultId) -> DispatchResult {
		if T::AdminOrigin::try_origin(origin.clone()).is_ok() {
			return Ok(());
		}
		let who = ensure_signed(origin)?;
		ensure!(T::Vaults::curator(vault).as_ref() == Some(&who), Error::<T>::NotCurator);
		Ok(())
	}

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

	/// Burns the remote fee from the pallet's account.
	fn pay_remote_fee(s: &StrategyOf<T>) -> DispatchResult {
		if s.params.remote_fee.is_zero() {
			return Ok(());
		}
		T::Assets::burn_from(
			T::FeeAsset::get(),
			&Self::account_id(),
			s.params.remote_fee,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map_err(|_| Error::<T>::InsufficientFeeFunds)?;
		Ok(())
	}

	/// Sends the operation's program with a query for its outcome and records it.
	fn send_operation(
		id: StrategyId,
		mut s: StrategyOf<T>,
		kind: OperationKind,
		amount: u128,
	) -> DispatchResult {
		Self::pay_remote_fee(&s)?;
		let notify: <T as Config>::RuntimeCall =
			Call::<T>::on_response { query_id: 0, response: Response::Null }.into();
		let timeout = now::<T>().saturating_add(T::QueryTimeout::get());
		let query_id = T::Xcm::new_notify_query(s.params.destination.clone(), notify, timeout);
		let message = xcm_impls::operation_program::<T>(&s, kind, amount, query_id)?;
		T::Xcm::send(&Self::account_id(), s.params.destination.clone(), message)?;
		s.in_transit = amount;
		s.operation = Some(query_id);
		Strategies::<T>::insert(id, s);
		Operations::<T>::insert(
			query_id,
			Operation { strategy: id, kind, amount, sent_at: now::<T>() },
		);
		Self::deposit_event(Event::OperationSent { strategy: id, query_id, kind, amount });
		Ok(())
	}

	pub(crate) fn do_allocate(id: StrategyId, s: StrategyOf<T>, amount: u128) -> DispatchResult {
		ensure!(s.status == StrategyStatus::Active, Error::<T>::StrategyRetired);
		ensure!(s.operation.is_none(), Error::<T>::OperationInFlight);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(amount >= s.params.min_operation, Error::<T>::OperationTooSmall);
		let debt = s.debt.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ensure!(debt <= s.params.cap, Error::<T>::CapExceeded);
		let vault = s.params.vault;
		ensure!(amount <= T::Vaults::allocatable(vault), Error::<T>::InsufficientIdle);
		let account = T::Vaults::vault_account(vault).ok_or(Error::<T>::UnknownVault)?;
		// The vault account keeps its floor: burning never reaps it nor takes others' dust.
		T::Assets::burn_from(
			s.asset,
			&account,
			amount,
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		T::Vaults::begin_allocation(vault, amount)?;
		Self::send_operation(id, s, OperationKind::Allocate, amount)
	}

	pub(crate) fn do_deallocate(
		id: StrategyId,
		mut s: StrategyOf<T>,
		amount: u128,
	) -> DispatchResult {
		ensure!(s.operation.is_none(), Error::<T>::OperationInFlight);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(
			amount >= s.params.min_operation || amount == s.debt,
			Error::<T>::OperationTooSmall
		);
		s.debt = s.debt.checked_sub(amount).ok_or(Error::<T>::InsufficientDebt)?;
		T::Vaults::begin_deallocation(s.params.vault, amount)?;
		Self::send_operation(id, s, OperationKind::Deallocate, amount)
	}

	/// `I = allocatable + Σ_s (debt_s + in_transit_s) − shortfall` of a vault, i.e. its
	/// assets minus the pending redemptions and the idle buffer: when redemptions wait for more
	/// than idle holds, the strategies' targets shrink by what is missing.
	pub fn investable(vault: VaultId) -> u128 {
		VaultStrategies::<T>::get(vault)
			.iter()
			.filter_map(Strategies::<T>::get)
			.fold(T::Vaults::allocatable(vault), |acc, s| {
				acc.saturating_add(s.debt).saturating_add(s.in_transit)
			})
			.saturating_sub(T::Vaults::idle_shortfall(vault))
	}

	/// The gauge target of a strategy of a governed vault: `min(w_s·I, cap_s)`.
	pub fn target_of(s: &StrategyOf<T>, id: StrategyId) -> u128 {
		let vault = s.params.vault;
		let weight: Perbill = T::Gauges::strategy_weight(vault, id);
		(weight * Self::investable(vault)).min(s.params.cap)
	}

	pub(crate) fn do_rebalance(id: StrategyId) -> DispatchResult {
		let mut s = Strategies::<T>::get(id).ok_or(Error::<T>::UnknownStrategy)?;
		let vault = s.params.vault;
		ensure!(T::Vaults::is_governed(vault), Error::<T>::NotGoverned);
		let epoch = Self::epoch_at(now::<T>());
		ensure!(s.last_rebalance != Some(epoch), Error::<T>::AlreadyRebalanced);
		ensure!(s.operation.is_none(), Error::<T>::OperationInFlight);
		let target = if s.status == StrategyStatus::Active { Self::target_of(&s, id) } else { 0 };
		s.last_rebalance = Some(epoch);
		let threshold = Perbill::from_rational(u32::from(s.params.rebalance_threshold_bps), 10_000)
			.mul_floor(target);
		let worth = |amount: u128, whole: bool| {
			amount > threshold && (amount >= s.params.min_operation || whole)
		};
		if target > s.debt {
			let amount = (target - s.debt).min(T::Vaults::allocatable(vault));
			ensure!(!amount.is_zero() && worth(amount, false), Error::<T>::NothingToRebalance);
			Self::do_allocate(id, s, amount)
		} else {
			let amount = s.debt - target;
			ensure!(
				!amount.is_zero() && worth(amount, target == 0),
				Error::<T>::NothingToRebalance
			);
			Self::do_deallocate(id, s, amount)
		}
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
		let now = now::<T>();
		let previous = s.debt;
		let change = value.abs_diff(previous);
		let vault = s.params.vault;
		if forced {
			if s.held_report.take().is_some() {
				HeldReports::<T>::mutate(vault, |n| *n = n.saturating_sub(1));
			}
			s.window = ReportWindow { start: now, base: value, moved: 0 };
		} else {
			ensure!(s.held_report.is_none(), Error::<T>::ReportHeld);
			let age = s.params.max_report_age.max(One::one());
			if now >= s.window.start.saturating_add(age) {
				s.window = ReportWindow { start: now, base: previous, moved: 0 };
			}
			let bound = Perbill::from_rational(u32::from(s.params.max_report_change_bps), 10_000)
				.mul_floor(s.window.base.max(previous));
			let moved = s.window.moved.saturating_add(change);
			if moved > bound {
				ensure!(value < previous, Error::<T>::ReportOutOfBounds);
				s.held_report = Some(value);
				Strategies::<T>::insert(id, s);
				HeldReports::<T>::mutate(vault, |n| *n = n.saturating_add(1));
				Self::deposit_event(Event::ReportHeld { strategy: id, value, previous });
				return Ok(());
			}
			s.window.moved = moved;
		}
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
		Strategies::<T>::insert(id, s);
		Self::update_deadline(vault);
		Self::deposit_event(Event::Reported { strategy: id, value, previous });
		Ok(())
	}

	pub(crate) fn do_on_response(
		responder: Location,
		query_id: u64,
		response: Response,
	) -> DispatchResult {
		let op = Operations::<T>::get(query_id).ok_or(Error::<T>::UnknownOperation)?;
		let s = Strategies::<T>::get(op.strategy).ok_or(Error::<T>::UnknownStrategy)?;
		ensure!(s.params.destination == responder, Error::<T>::WrongResponder);
		let error = match response {
			Response::ExecutionResult(None) => None,
			Response::ExecutionResult(Some(e)) => Some(Some(e)),
			_ => Some(None),
		};
		Self::resolve(query_id, op, s, error)
	}

	pub(crate) fn do_force_resolve(query_id: u64, succeeded: bool) -> DispatchResult {
		let op = Operations::<T>::get(query_id).ok_or(Error::<T>::UnknownOperation)?;
		ensure!(
			now::<T>() >= op.sent_at.saturating_add(T::QueryTimeout::get()),
			Error::<T>::OperationNotTimedOut
		);
		let s = Strategies::<T>::get(op.strategy).ok_or(Error::<T>::UnknownStrategy)?;
		Self::resolve(query_id, op, s, (!succeeded).then_some(None))
	}

	/// Settles an operation: `error` is `None` on success, `Some(reason)` on failure.
	fn resolve(
		query_id: u64,
		op: Operation<BlockNumberFor<T>>,
		mut s: StrategyOf<T>,
		error: Option<Option<(u32, polkadot_sdk::staging_xcm::latest::Error)>>,
	) -> DispatchResult {
		let vault = s.params.vault;
		let amount = op.amount;
		let account = T::Vaults::vault_account(vault).ok_or(Error::<T>::UnknownVault)?;
		match (op.kind, error.is_none()) {
			(OperationKind::Allocate, true) => {
				T::Vaults::complete_allocation(vault, amount)?;
				s.debt = s.debt.checked_add(amount).ok_or(Error::<T>::Overflow)?;
				s.last_report = now::<T>();
			},
			(OperationKind::Allocate, false) => {
				// The assets are back in the sovereign account at the reserve: re-mint them.
				T::Assets::mint_into(s.asset, &account, amount)?;
				T::Vaults::cancel_allocation(vault, amount)?;
			},
			(OperationKind::Deallocate, true) => {
				T::Assets::mint_into(s.asset, &account, amount)?;
				T::Vaults::complete_deallocation(vault, amount)?;
				s.last_report = now::<T>();
			},
			(OperationKind::Deallocate, false) => {
				T::Vaults::cancel_deallocation(vault, amount)?;
				s.debt = s.debt.checked_add(amount).ok_or(Error::<T>::Overflow)?;
			},
		}
		s.in_transit = 0;
		s.operation = None;
		Strategies::<T>::insert(op.strategy, s);
		Operations::<T>::remove(query_id);
		Self::update_deadline(vault);
		let (strategy, kind) = (op.strategy, op.kind);
		Self::deposit_event(match error {
			None => Event::OperationCompleted { strategy, query_id, kind, amount },
			Some(error) => Event::OperationFailed { strategy, query_id, kind, amount, error },
		});
		Ok(())
	}

	/// Recomputes the vault's report deadline: the earliest over its strategies with debt.
	pub(crate) fn update_deadline(vault: VaultId) {
		let deadline = VaultStrategies::<T>::get(vault)
			.iter()
			.filter_map(Strategies::<T>::get)
			.filter_map(|s| s.report_deadline())
			.min();
		ReportDeadlines::<T>::set(vault, deadline);
	}

	/// The reserve chain of a hub asset ([`HubAsset::reserve`] with
	/// [`Config::RelayTokenReserve`]).
	pub fn reserve_of(hub: &HubAsset) -> Location {
		hub.reserve(T::RelayTokenReserve::get())
	}

	/// Whether the strategy's last report is older than its `max_report_age`.
	pub fn is_stale(s: &StrategyOf<T>) -> bool {
		s.report_deadline().is_some_and(|d| now::<T>() > d)
	}

	/// The strategies of a vault with their ids.
	pub fn strategies_of(vault: VaultId) -> Vec<(StrategyId, StrategyOf<T>)> {
		VaultStrategies::<T>::get(vault)
			.into_iter()
			.filter_map(|id| Strategies::<T>::get(id).map(|s| (id, s)))
			.collect()
	}

	/// Invariants: every operation's strategy points back to it with the same amount in
	/// transit; every strategy is listed under its vault; registry maps are inverse.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		for (q, op) in Operations::<T>::iter() {
			let s = Strategies::<T>::get(op.strategy).ok_or("operation of unknown strategy")?;
			ensure!(s.operation == Some(q), "strategy does not point to its operation");
			ensure!(s.in_transit == op.amount, "in transit differs from the operation");
		}
		for (id, s) in Strategies::<T>::iter() {
			ensure!(
				VaultStrategies::<T>::get(s.params.vault).contains(&id),
				"strategy not listed under its vault"
			);
			if s.operation.is_none() {
				ensure!(s.in_transit == 0, "in transit without an operation");
			}
		}
		for (id, hub) in HubAssets::<T>::iter() {
			ensure!(HubAssetIds::<T>::get(&hub.location) == Some(id), "registry not inverse");
		}
		ensure!(
			HubAssetIds::<T>::iter().count() == HubAssets::<T>::iter().count(),
			"registry sizes differ"
		);
		Ok(())
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

impl<T: Config> Pallet<T> {
	/// Whether a vault's price is in doubt now: one of its strategies is stale, or has a loss
	/// beyond its bound waiting for governance.
	pub fn price_in_doubt(vault: VaultId) -> bool {
		ReportDeadlines::<T>::get(vault).is_some_and(|d| now::<T>() > d)
			|| HeldReports::<T>::get(vault) > 0
	}
}

impl<T: Config> plexus_primitives::StrategyInspect for Pallet<T> {
	fn strategy_vault(strategy: StrategyId) -> Option<VaultId> {
		Strategies::<T>::get(strategy)
			.filter(|s| s.status == StrategyStatus::Active)
			.map(|s| s.params.vault)
	}

	fn vault_strategies(vault: VaultId) -> Vec<StrategyId> {
		VaultStrategies::<T>::get(vault)
			.into_iter()
			.filter(|id| Self::strategy_vault(*id).is_some())
			.collect()
	}

	fn reported_yield_bps(vault: VaultId) -> u32 {
		let total = T::Vaults::total_assets(vault);
		if total == 0 {
			return 0;
		}
		let weighted = VaultStrategies::<T>::get(vault)
			.into_iter()
			.filter_map(Strategies::<T>::get)
			.filter(|s| s.status == StrategyStatus::Active)
			.fold(0u128, |acc, s| acc.saturating_add(s.debt.saturating_mul(s.yield_bps.into())));
		(weighted / total).min(u32::MAX.into()) as u32
	}
}

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
	let per_period = polkadot_sdk::sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
		gain,
		10_000u128.saturating_mul(BLOCKS_PER_YEAR.into()),
		previous,
		polkadot_sdk::sp_runtime::Rounding::Down,
	)
	.unwrap_or(u128::MAX);
	(per_period / u128::from(blocks)).min(u32::MAX.into()) as u32
}
