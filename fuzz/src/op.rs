//! Operations: what users, solvers, keepers, governance and other chains do, as plain data.
//!
//! Arguments are *selectors* resolved against the state when the operation runs (the `n`-th
//! open request of the actor, a part of their balance), so a sequence still means something
//! after shrinking removed operations before it. `Debug` prints each operation as Rust that a
//! regression test can paste back (`use plexus_fuzz::op::{Op::*, Amt::*, Reply::*};`).

/// An actor: index into [`crate::setup::USERS`].
pub type Who = u8;

/// An amount, resolved against a base the operation names (usually the actor's balance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amt {
	/// `base × bps / 10 000`.
	Part(u16),
	/// Exactly this many planck.
	Exact(u128),
	/// The whole base.
	All,
	/// `u128::MAX` (hostile).
	Max,
	/// Nothing (hostile).
	Zero,
}

impl Amt {
	/// The amount against `base`.
	pub fn of(self, base: u128) -> u128 {
		match self {
			Amt::Part(bps) => {
				base / 10_000 * u128::from(bps) + base % 10_000 * u128::from(bps) / 10_000
			},
			Amt::Exact(a) => a,
			Amt::All => base,
			Amt::Max => u128::MAX,
			Amt::Zero => 0,
		}
	}
}

/// What the remote chain answers to a strategy's program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply {
	/// The program ran: `QueryResponse(ExecutionResult(None))` from the destination.
	Success,
	/// The program failed (its appendix returned the assets to the sovereign account):
	/// `QueryResponse(ExecutionResult(Some(error)))` from the destination.
	Error,
	/// A success claimed by a chain that is not the destination (must change nothing).
	WrongLocation,
}

/// One operation of the fuzzer.
///
/// Fields mean the same in every variant: `who`/`to` a user ([`Who`]); `vault`, `strategy`,
/// `gauge` an index taken modulo how many exist; `nth` the n-th item (modulo) of a list the
/// variant names; `amt` an [`Amt`] of the base the variant names; `ttl` the intent's deadline
/// in steps of 3 blocks.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
	// --- time ---
	/// Ends the block (`on_idle` with what is left, `on_finalize`) and starts the next.
	Block,
	/// Jumps `n` blocks ahead (at most an epoch and a day) and runs the block there.
	Jump(u32),

	// --- vaults ---
	/// `Vaults::deposit` of a part of the actor's asset balance.
	Deposit { who: Who, vault: u8, amt: Amt },
	/// `Vaults::mint` of shares worth a part of the actor's asset balance.
	Mint { who: Who, vault: u8, amt: Amt },
	/// `Vaults::request_redeem` of a part of the actor's shares.
	RequestRedeem { who: Who, vault: u8, amt: Amt },
	/// `Vaults::cancel_request` of the actor's `nth` open request.
	CancelRequest { who: Who, nth: u8 },
	/// `Vaults::finalize_requests` (anyone).
	Finalize { who: Who, vault: u8, max: u32 },
	/// `Vaults::claim` of the actor's first `count` requests.
	Claim { who: Who, count: u8 },
	/// `Assets::transfer` of shares to another user.
	TransferShares { who: Who, to: Who, vault: u8, amt: Amt },
	/// Governance (or the guardian) pauses a vault.
	Pause { vault: u8 },
	/// Governance unpauses a vault.
	Unpause { vault: u8 },
	/// Governance sets a deposit cap (a part of the vault's total assets, or hostile).
	SetCap { vault: u8, amt: Amt },
	/// Governance sets the performance fee.
	SetFee { vault: u8, bps: u16 },
	/// Governance sets the idle buffer.
	SetMinIdle { vault: u8, bps: u16 },
	/// `Vaults::fund_partner_reward` of a campaign vault.
	FundPartnerReward { who: Who, vault: u8, index: u32 },

	// --- intents ---
	/// A swap intent: gives a part of its DOT (`give_dot`) or USDT, asks `price_bps` of the
	/// reference price (5 USDT per DOT) for it.
	SubmitSwap {
		who: Who,
		give_dot: bool,
		amt: Amt,
		price_bps: u16,
		partial: bool,
		remote: bool,
		ttl: u8,
	},
	/// A deposit intent of a part of the actor's DOT or USDT; `filter` 0 any, 1 governed, 2 curated.
	SubmitDeposit { who: Who, dot: bool, amt: Amt, filter: u8, ttl: u8 },
	/// A redeem intent of a part of the actor's shares, asking `min_bps` of their value.
	SubmitRedeem { who: Who, vault: u8, amt: Amt, min_bps: u16, ttl: u8 },
	/// `Intents::cancel` of the actor's `nth` intent.
	CancelIntent { who: Who, nth: u8 },
	/// `Intents::clean_up` of the `nth` intent in storage (anyone).
	CleanUp { who: Who, nth: u8 },
	/// A solver submits the DOT/USDT clearing of the open batch, corrupted by `corrupt`:
	/// 0 none, 1 a fill too large, 2 a non-uniform price, 3 an unknown intent, 4 the wrong
	/// batch, 5 unsorted fills, 6 a limit violated, 7 no fills.
	Solve { who: Who, corrupt: u8 },
	/// `Intents::claim_unclaimed` of DOT or USDT.
	ClaimUnclaimed { who: Who, dot: bool },

	// --- gauges ---
	/// `Gauges::lock` of a part of the actor's PLX for `epochs` epochs.
	Lock { who: Who, amt: Amt, epochs: u8 },
	/// `Gauges::extend_lock` by `epochs`.
	ExtendLock { who: Who, epochs: u8 },
	/// `Gauges::increase_amount`.
	IncreaseLock { who: Who, amt: Amt },
	/// `Gauges::withdraw`.
	WithdrawLock { who: Who },
	/// `Gauges::vote` on up to three gauges chosen by `seed`.
	Vote { who: Who, seed: u32 },
	/// `Gauges::stake` of a part of the actor's shares of the gauge's vault.
	Stake { who: Who, gauge: u8, amt: Amt },
	/// `Gauges::unstake`.
	Unstake { who: Who, gauge: u8, amt: Amt },
	/// `Gauges::claim_emissions`.
	ClaimEmissions { who: Who, gauge: u8 },
	/// `Gauges::add_incentive` for an epoch `ahead` of the current one.
	AddIncentive { who: Who, gauge: u8, ahead: u8, dot: bool, amt: Amt },
	/// `Gauges::claim_incentives`.
	ClaimIncentives { who: Who, gauge: u8 },
	/// `Gauges::refund_incentive` of an epoch `back` before the current one.
	RefundIncentive { who: Who, gauge: u8, back: u8, dot: bool },
	/// Governance creates a gauge (`seed` picks the kind and target).
	CreateGauge { seed: u32 },
	/// Governance kills a gauge.
	KillGauge { gauge: u8 },
	/// `Gauges::checkpoint_gauge` (anyone).
	Checkpoint { who: Who, gauge: u8 },

	// --- strategies ---
	/// Governance (or the curator) allocates a part of the vault's idle.
	Allocate { strategy: u8, amt: Amt },
	/// Governance (or the curator) deallocates a part of the debt.
	Deallocate { strategy: u8, amt: Amt },
	/// `Strategies::rebalance` (anyone).
	Rebalance { who: Who, strategy: u8 },
	/// The reporter reports the debt changed by `change_bps` (in or out of bounds).
	Report { strategy: u8, change_bps: i16 },
	/// Governance forces a report.
	ForceReport { strategy: u8, change_bps: i16 },
	/// The remote chain answers the `nth` operation in flight.
	Respond { nth: u8, reply: Reply },
	/// Governance resolves the `nth` operation in flight with its true outcome.
	ForceResolve { nth: u8, succeeded: bool },
	/// `Strategies::withdraw_to` Asset Hub (`ok`) or a chain that is not the reserve.
	WithdrawTo { who: Who, dot: bool, amt: Amt, ok: bool },
	/// `Strategies::release_inflow` of the `nth` held inflow (governance when `forced`).
	ReleaseInflow { who: Who, nth: u8, forced: bool },
	/// Governance returns the `nth` held inflow to the reserve.
	ReturnInflow { nth: u8 },

	// --- other chains ---
	/// A reserve transfer in: `asset` 0 DOT, 1 USDT, 2 an unregistered asset; `from` 0 Asset
	/// Hub, 1 the relay chain, 2 another parachain; without `deposit` the assets stay in
	/// holding (held over the limit, otherwise trapped).
	Inflow { who: Who, asset: u8, amt: Amt, from: u8, deposit: bool },
	/// Asset Hub claims the `nth` trapped assets back for the actor (`ClaimAsset`).
	ClaimTrapped { who: Who, nth: u8 },
	/// The HRMP channel to Asset Hub opens or closes (sends fail while closed).
	Channel { open: bool },
}

impl Op {
	/// The operation's kind, for the statistics.
	pub fn kind(&self) -> String {
		let s = format!("{self:?}");
		s.split([' ', '(', '{']).next().unwrap_or("?").to_string()
	}

	/// The user whose signed call this is, if any: only they may lose balance by it.
	pub fn signer(&self) -> Option<Who> {
		use Op::*;
		match self {
			Deposit { who, .. }
			| Mint { who, .. }
			| RequestRedeem { who, .. }
			| CancelRequest { who, .. }
			| Finalize { who, .. }
			| Claim { who, .. }
			| TransferShares { who, .. }
			| FundPartnerReward { who, .. }
			| SubmitSwap { who, .. }
			| SubmitDeposit { who, .. }
			| SubmitRedeem { who, .. }
			| CancelIntent { who, .. }
			| CleanUp { who, .. }
			| Solve { who, .. }
			| ClaimUnclaimed { who, .. }
			| Lock { who, .. }
			| ExtendLock { who, .. }
			| IncreaseLock { who, .. }
			| WithdrawLock { who }
			| Vote { who, .. }
			| Stake { who, .. }
			| Unstake { who, .. }
			| ClaimEmissions { who, .. }
			| AddIncentive { who, .. }
			| ClaimIncentives { who, .. }
			| RefundIncentive { who, .. }
			| Checkpoint { who, .. }
			| Rebalance { who, .. }
			| WithdrawTo { who, .. }
			| ReleaseInflow { who, .. } => Some(*who),
			_ => None,
		}
	}
}
