//! # Operations: allocation and deallocation over XCM
//!
//! [`Pallet::allocate`] and [`Pallet::deallocate`] (the curator of a curated vault, or
//! governance; [`Pallet::rebalance`] for governed vaults) move a vault's liquidity between its
//! idle and a strategy on another chain with one XCM program per operation (`programs.rs`),
//! at most one in flight per strategy, and register a `pallet-xcm` query for its outcome.
//! A vault's assets are `idle + in_transit + debt`; for an operation of `a`:
//!
//! ```text
//!                 sent                      success                failure
//! allocate    idle −a, in_transit +a    in_transit −a, debt +a   in_transit −a, idle +a
//! deallocate  debt −a, in_transit +a    in_transit −a, idle +a   in_transit −a, debt +a
//! ```
//!
//! Allocating burns `a` of the hub asset from the vault account (the assets leave the reserve
//! for the strategy); a failed allocation re-mints it (the appendix put the assets back into
//! Plexus' sovereign account), as does a successful deallocation: the backing stays intact.
//! The response arrives as [`Pallet::on_response`] (`ExecutionResult(None)` is success); an
//! operation without a response is resolved by governance after [`Config::QueryTimeout`]
//! ([`Pallet::force_resolve`]). Every operation costs the strategy's `remote_fee`, so one
//! below `min_operation` (other than a deallocation of the whole debt) is refused.
//!
//! Source: Yearn V3 / ERC-4626 strategy debt; XCM's query-response pattern of `pallet-xcm`.

use crate::{pallet::*, programs, types::*, XcmSupport};
use plexus_primitives::{time::now, StrategyId, VaultId, VaultLiquidity};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		traits::{
			fungibles::Mutate,
			tokens::{Fortitude, Precision, Preservation},
		},
	},
	frame_system::pallet_prelude::*,
	sp_runtime::{traits::Zero, DispatchResult, Saturating},
	staging_xcm::latest::{Error as XcmError, Location, Response},
};

/// How an operation ended: `None` on success, `Some(reason)` on failure, where the reason is
/// the failing instruction's index and the error if the destination said.
pub(crate) type Outcome = Option<Option<(u32, XcmError)>>;

impl<T: Config> Pallet<T> {
	/// Governance, or the curator of a curated vault.
	pub(crate) fn ensure_allocator(origin: OriginFor<T>, vault: VaultId) -> DispatchResult {
		if T::AdminOrigin::try_origin(origin.clone()).is_ok() {
			return Ok(());
		}
		let who = ensure_signed(origin)?;
		ensure!(T::Vaults::curator(vault).as_ref() == Some(&who), Error::<T>::NotCurator);
		Ok(())
	}

	/// Burns `amount` of the vault's idle and sends the allocation program.
	pub(crate) fn do_allocate(id: StrategyId, s: StrategyOf<T>, amount: u128) -> DispatchResult {
		ensure!(s.status == StrategyStatus::Active, Error::<T>::StrategyNotActive);
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

	/// Takes `amount` of the strategy's debt in transit and sends the withdrawal program.
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

	/// Pays the remote fee, sends the operation's program with a query for its outcome and
	/// records it.
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
		let message = programs::operation_program::<T>(&s, kind, amount, query_id)?;
		T::Xcm::send(&Self::account_id(), s.params.destination.clone(), message)?;
		s.in_transit = amount;
		s.operation = Some(query_id);
		Self::store_strategy(id, s);
		Operations::<T>::insert(
			query_id,
			Operation { strategy: id, kind, amount, sent_at: now::<T>() },
		);
		Self::deposit_event(Event::OperationSent { strategy: id, query_id, kind, amount });
		Ok(())
	}

	/// Settles the operation of `query_id` with the destination's response.
	pub(crate) fn do_on_response(
		responder: Location,
		query_id: u64,
		response: Response,
	) -> DispatchResult {
		let op = Operations::<T>::get(query_id).ok_or(Error::<T>::UnknownOperation)?;
		let s = Strategies::<T>::get(op.strategy).ok_or(Error::<T>::UnknownStrategy)?;
		ensure!(s.params.destination == responder, Error::<T>::WrongResponder);
		let outcome = match response {
			Response::ExecutionResult(None) => None,
			Response::ExecutionResult(Some(e)) => Some(Some(e)),
			_ => Some(None),
		};
		Self::resolve(query_id, op, s, outcome)
	}

	/// Settles a timed-out operation as governance found it at the destination.
	pub(crate) fn do_force_resolve(query_id: u64, succeeded: bool) -> DispatchResult {
		let op = Operations::<T>::get(query_id).ok_or(Error::<T>::UnknownOperation)?;
		ensure!(
			now::<T>() >= op.sent_at.saturating_add(T::QueryTimeout::get()),
			Error::<T>::OperationNotTimedOut
		);
		let s = Strategies::<T>::get(op.strategy).ok_or(Error::<T>::UnknownStrategy)?;
		Self::resolve(query_id, op, s, (!succeeded).then_some(None))
	}

	/// Settles an operation: moves the amount in transit where the outcome says (the table of
	/// the module docs), clears the operation and deposits its event.
	fn resolve(
		query_id: u64,
		op: Operation<BlockNumberFor<T>>,
		mut s: StrategyOf<T>,
		outcome: Outcome,
	) -> DispatchResult {
		let vault = s.params.vault;
		Self::settle(&op, &mut s, outcome.is_none())?;
		s.in_transit = 0;
		s.operation = None;
		Self::store_strategy(op.strategy, s);
		Operations::<T>::remove(query_id);
		Self::update_deadline(vault);
		let (strategy, kind, amount) = (op.strategy, op.kind, op.amount);
		Self::deposit_event(match outcome {
			None => Event::OperationCompleted { strategy, query_id, kind, amount },
			Some(error) => Event::OperationFailed { strategy, query_id, kind, amount, error },
		});
		Ok(())
	}

	/// The vault's and the strategy's accounting of an operation that `succeeded` or not.
	fn settle(
		op: &Operation<BlockNumberFor<T>>,
		s: &mut StrategyOf<T>,
		succeeded: bool,
	) -> DispatchResult {
		let vault = s.params.vault;
		let amount = op.amount;
		let account = T::Vaults::vault_account(vault).ok_or(Error::<T>::UnknownVault)?;
		match (op.kind, succeeded) {
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
		Ok(())
	}
}
