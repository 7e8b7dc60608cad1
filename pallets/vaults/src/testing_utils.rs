//! Helpers of the vaults' tests: shorthands for the calls, the liquidity moves that
//! `pallet-strategies` would make, and — in the manner of Astar dapp-staking's
//! `testing_utils.rs` — a [`Snapshot`] of the state the user calls touch and `assert_<call>`
//! helpers that dispatch a call and check the exact change it makes.

use crate::{
	math::Pool,
	mock::*,
	pallet::{NextRequestId, Requests, RequestsOf},
	types::*,
	Event, Holds, VaultInfoOf, VaultKindOf,
};
use plexus_primitives::{bps, VaultLiquidity};
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::Preservation,
		},
		BoundedVec,
	},
	sp_runtime::DispatchResult,
};

/// The pallet under test.
pub(crate) type V = crate::Pallet<Test>;

/// What the first payment into a vault account adds as its floor: USDT's minimum balance.
pub(crate) const FLOOR: u128 = 1;

/// The signed origin of `who`.
pub(crate) fn origin(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The state of `vault` (it must exist).
pub(crate) fn vault_info(vault: VaultId) -> VaultInfoOf<Test> {
	crate::pallet::Vaults::<Test>::get(vault).expect("vault exists")
}

/// Total assets `A` of `vault` now.
pub(crate) fn total_assets(vault: VaultId) -> u128 {
	vault_info(vault).total_assets(System::block_number())
}

/// Share supply `S`: issuance plus escrow.
pub(crate) fn supply(vault: VaultId) -> u128 {
	<Assets as Inspect<u64>>::total_issuance(share_of(vault)) + vault_info(vault).escrowed_shares
}

/// Price per share as `(A + 1, S + 10^6)`; compare with [`price_le`].
pub(crate) fn price(vault: VaultId) -> (u128, u128) {
	(total_assets(vault) + 1, supply(vault) + 1_000_000)
}

/// `p <= q` for prices `(assets, shares)`.
pub(crate) fn price_le(p: (u128, u128), q: (u128, u128)) -> bool {
	use polkadot_sdk::sp_core::U256;
	U256::from(p.0) * U256::from(q.1) <= U256::from(q.0) * U256::from(p.1)
}

/// Asserts the invariants of `try_state`.
pub(crate) fn check_invariants() {
	V::do_try_state().expect("invariants hold");
}

/// The id of the last request made.
pub(crate) fn last_request() -> RequestId {
	NextRequestId::<Test>::get() - 1
}

/// `who` claims `ids`.
pub(crate) fn claim(who: u64, ids: &[RequestId]) -> DispatchResult {
	V::claim(origin(who), BoundedVec::try_from(ids.to_vec()).unwrap())
}

/// Moves `amount` of the vault's idle into a strategy (as `pallet-strategies` does): the
/// tokens leave the vault account and the amount becomes debt.
pub(crate) fn allocate(vault: VaultId, amount: u128) {
	assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_allocation(vault, amount));
	assert_ok!(<Assets as Mutate<u64>>::transfer(
		USDT,
		&V::vault_account(vault),
		&CURATOR,
		amount,
		Preservation::Expendable
	));
	assert_ok!(<V as VaultLiquidity<_, _, _>>::complete_allocation(vault, amount));
}

/// Brings `amount` back from the strategy into the vault account.
pub(crate) fn deallocate(vault: VaultId, amount: u128) {
	assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_deallocation(vault, amount));
	assert_ok!(<Assets as Mutate<u64>>::transfer(
		USDT,
		&CURATOR,
		&V::vault_account(vault),
		amount,
		Preservation::Expendable
	));
	assert_ok!(<V as VaultLiquidity<_, _, _>>::complete_deallocation(vault, amount));
}

/// Curated campaign terms from `start` to `end`, with a hold of `min_hold` blocks, an
/// early-exit penalty of `penalty_bps` and one partner stream of 1 000 USDT.
pub(crate) fn campaign(start: u64, end: u64, min_hold: u64, penalty_bps: u16) -> VaultKindOf<Test> {
	VaultKind::Curated {
		curator: CURATOR,
		terms: CampaignTerms {
			start,
			end,
			min_hold,
			early_exit_penalty_bps: penalty_bps,
			partner_rewards: vec![PartnerReward {
				partner: PARTNER,
				amount: usdt(1_000),
				funded: false,
			}]
			.try_into()
			.unwrap(),
		},
	}
}

/// The state the vaults' user calls touch, seen from one vault and one account.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Snapshot {
	/// The vault's state.
	pub vault: VaultInfoOf<Test>,
	/// Issuance of the vault's share token (without the escrow).
	pub share_issuance: u128,
	/// The account's balance of the vault's asset.
	pub asset_balance: u128,
	/// The account's shares.
	pub share_balance: u128,
	/// The vault account's balance of the asset.
	pub vault_account_balance: u128,
	/// The account's open requests.
	pub requests_of: Vec<RequestId>,
	/// The id the next request gets.
	pub next_request_id: RequestId,
	/// The account's campaign hold in the vault.
	pub hold: Option<Hold<u128, u64>>,
}

impl Snapshot {
	/// The state of `vault` and of `who` in it now.
	pub(crate) fn take(vault: VaultId, who: u64) -> Self {
		let info = vault_info(vault);
		Self {
			share_issuance: <Assets as Inspect<u64>>::total_issuance(info.share_asset),
			asset_balance: balance(info.asset, who),
			share_balance: balance(info.share_asset, who),
			vault_account_balance: balance(info.asset, V::vault_account(vault)),
			requests_of: RequestsOf::<Test>::get(who).into_inner(),
			next_request_id: NextRequestId::<Test>::get(),
			hold: Holds::<Test>::get(vault, who),
			vault: info,
		}
	}

	/// The conversion pool of the vault at this snapshot.
	fn pool(&self) -> Pool {
		Pool::new(
			self.vault.total_assets(System::block_number()),
			self.share_issuance + self.vault.escrowed_shares,
			6,
		)
		.unwrap()
	}

	/// What the vault account must add to keep its floor at this snapshot.
	fn floor_due(&self) -> u128 {
		let owed = self.vault.idle + self.vault.claimable;
		let min = <Assets as Inspect<u64>>::minimum_balance(self.vault.asset);
		min.saturating_sub(self.vault_account_balance.saturating_sub(owed))
	}

	/// The hold of `who` after `shares` new shares in a campaign vault, at block `now`.
	fn hold_after_deposit(&self, shares: u128) -> Option<Hold<u128, u64>> {
		let now = System::block_number();
		match &self.vault.kind {
			VaultKind::Curated { terms, .. } if terms.min_hold > 0 => {
				let held = self.hold.filter(|h| h.until > now).map_or(0, |h| h.shares);
				Some(Hold { shares: held + shares, until: now + terms.min_hold })
			},
			_ => self.hold,
		}
	}
}

/// The last event of the vaults pallet.
fn last_event() -> Event<Test> {
	vault_events().pop().expect("an event")
}

/// Checks what an entry (deposit or mint) of `paid` for `shares` did, `credited` of it idle.
fn assert_entered(
	who: u64,
	vault: VaultId,
	pre: &Snapshot,
	paid: u128,
	credited: u128,
	shares: u128,
) {
	let post = Snapshot::take(vault, who);
	assert_eq!(post.asset_balance, pre.asset_balance - paid, "the depositor paid");
	assert_eq!(post.vault_account_balance, pre.vault_account_balance + paid);
	assert_eq!(post.share_balance, pre.share_balance + shares, "the shares were minted");
	assert_eq!(post.share_issuance, pre.share_issuance + shares);
	let expected = VaultInfo { idle: pre.vault.idle + credited, ..pre.vault.clone() };
	assert_eq!(post.vault, expected, "only idle changes");
	assert_eq!(post.hold, pre.hold_after_deposit(shares), "new campaign shares are held");
	assert_eq!(
		(post.requests_of, post.next_request_id),
		(pre.requests_of.clone(), pre.next_request_id)
	);
	assert_eq!(last_event(), Event::Deposited { vault, who, assets: paid, shares });
	check_invariants();
}

/// `who` deposits `assets` into `vault`: checks that it pays `assets`, that the vault's idle
/// grows by `assets` less the account's floor (if missing), that it receives
/// `⌊credited·(S + 10^6)/(A + 1)⌋` shares (held in a campaign) and the `Deposited` event.
/// Returns the shares.
pub(crate) fn assert_deposit(who: u64, vault: VaultId, assets: u128) -> u128 {
	let pre = Snapshot::take(vault, who);
	let credited = assets - pre.floor_due().min(assets);
	let shares = pre.pool().shares_for_deposit(credited).unwrap();
	assert_ok!(V::deposit(origin(who), vault, assets, shares));
	assert_entered(who, vault, &pre, assets, credited, shares);
	shares
}

/// `who` mints `shares` of `vault`: checks that it pays `⌈s·(A + 1)/(S + 10^6)⌉` (plus the
/// account's floor, if missing), of which idle gets the first part, that it receives exactly
/// `shares` (held in a campaign) and the `Deposited` event. Returns what it paid.
pub(crate) fn assert_mint(who: u64, vault: VaultId, shares: u128) -> u128 {
	let pre = Snapshot::take(vault, who);
	let cost = pre.pool().assets_for_mint(shares).unwrap();
	let paid = cost + pre.floor_due();
	assert_ok!(V::mint(origin(who), vault, shares, paid));
	assert_entered(who, vault, &pre, paid, cost, shares);
	paid
}

/// The early-exit penalty and the held shares a request of `shares` takes at `pre`.
fn penalty_at(pre: &Snapshot, shares: u128) -> (u128, Option<Hold<u128, u64>>) {
	let now = System::block_number();
	let (VaultKind::Curated { terms, .. }, Some(hold)) = (&pre.vault.kind, pre.hold) else {
		return (0, None);
	};
	if hold.until <= now {
		return (0, None);
	}
	let held = hold.shares.min(pre.share_balance);
	let penalized = shares.saturating_sub(pre.share_balance - held);
	if penalized == 0 {
		return (0, None);
	}
	let value = pre.pool().assets_for_redeem(penalized).unwrap();
	(
		bps::of(value, terms.early_exit_penalty_bps),
		Some(Hold { shares: penalized, until: hold.until }),
	)
}

/// `who` requests the redemption of `shares` of `vault`: checks that the shares leave `who`,
/// the request is worth `⌊s·(A + 1)/(S + 10^6)⌋` less any early-exit penalty, is listed under
/// `who`, and is finalized at once (assets from idle to claimable, shares burnt) when nobody
/// waits and idle covers it, else queued at the tail (shares in escrow, counted pending); and
/// the `RedeemRequested` (and `RequestFinalized`) events. Returns the request.
pub(crate) fn assert_request_redeem(who: u64, vault: VaultId, shares: u128) -> RequestId {
	let pre = Snapshot::take(vault, who);
	let value = pre.pool().assets_for_redeem(shares).unwrap();
	let (penalty, held) = penalty_at(&pre, shares);
	let assets = value - penalty;
	let request = pre.next_request_id;
	let at_once = pre.vault.pending_requests == 0 && assets <= pre.vault.idle;
	let events_before = vault_events().len();

	assert_ok!(V::request_redeem(origin(who), vault, shares));

	let post = Snapshot::take(vault, who);
	assert_eq!(post.share_balance, pre.share_balance - shares, "the shares left the owner");
	assert_eq!(post.share_issuance, pre.share_issuance - shares);
	assert_eq!(post.next_request_id, request + 1);
	let mut open = pre.requests_of.clone();
	open.push(request);
	assert_eq!(post.requests_of, open, "listed under its owner");
	let position = pre.vault.queue_tail;
	let (state, expected) = if at_once {
		let info = VaultInfo {
			idle: pre.vault.idle - assets,
			claimable: pre.vault.claimable + assets,
			queue_head: position + 1,
			queue_tail: position + 1,
			..pre.vault.clone()
		};
		(RequestState::Finalized { assets }, info)
	} else {
		let info = VaultInfo {
			escrowed_shares: pre.vault.escrowed_shares + shares,
			pending_requests: pre.vault.pending_requests + 1,
			pending_assets: pre.vault.pending_assets + assets,
			queue_tail: position + 1,
			..pre.vault.clone()
		};
		(RequestState::Pending { position }, info)
	};
	assert_eq!(post.vault, expected);
	assert_eq!(
		Requests::<Test>::get(request),
		Some(RedeemRequest {
			vault,
			owner: who,
			shares,
			assets_at_request: assets,
			requested_at: System::block_number(),
			state,
			held,
			min_assets: 0,
		})
	);
	let mut events = vec![Event::RedeemRequested {
		vault,
		owner: who,
		request,
		shares,
		assets_at_request: assets,
		penalty,
	}];
	if at_once {
		events.push(Event::RequestFinalized { vault, request, shares, assets });
	}
	assert_eq!(vault_events()[events_before..], events[..]);
	check_invariants();
	request
}

/// `who` claims its finalized `requests` of `vault`: checks that it is paid Σ their assets out
/// of the vault account and `claimable`, that the requests are gone (also from its list) and
/// one `Claimed` event each.
pub(crate) fn assert_claim(who: u64, vault: VaultId, requests: &[RequestId]) {
	let pre = Snapshot::take(vault, who);
	let amounts: Vec<u128> = requests
		.iter()
		.map(|r| match Requests::<Test>::get(r).expect("open").state {
			RequestState::Finalized { assets } => assets,
			RequestState::Pending { .. } => panic!("request {r} is not finalized"),
		})
		.collect();
	let total: u128 = amounts.iter().sum();
	let events_before = vault_events().len();

	assert_ok!(claim(who, requests));

	let post = Snapshot::take(vault, who);
	assert_eq!(post.asset_balance, pre.asset_balance + total, "the owner is paid");
	assert_eq!(post.vault_account_balance, pre.vault_account_balance - total);
	let expected = VaultInfo { claimable: pre.vault.claimable - total, ..pre.vault.clone() };
	assert_eq!(post.vault, expected, "only claimable changes");
	let open: Vec<RequestId> =
		pre.requests_of.iter().copied().filter(|r| !requests.contains(r)).collect();
	assert_eq!(post.requests_of, open);
	assert!(requests.iter().all(|r| Requests::<Test>::get(r).is_none()), "claimed requests go");
	let events: Vec<Event<Test>> = requests
		.iter()
		.zip(&amounts)
		.map(|(&request, &assets)| Event::Claimed { request, owner: who, assets })
		.collect();
	assert_eq!(vault_events()[events_before..], events[..]);
	check_invariants();
}

/// `who` cancels its pending `request` of `vault`: checks that the shares come back to `who`
/// out of the escrow, that the request leaves the queue and the pending counts, that held
/// campaign shares are held again (merged with what `who` holds now) and the
/// `RequestCancelled` event.
pub(crate) fn assert_cancel_request(who: u64, vault: VaultId, request: RequestId) {
	let pre = Snapshot::take(vault, who);
	let req = Requests::<Test>::get(request).expect("open");
	let RequestState::Pending { position } = req.state else { panic!("request is finalized") };
	let now = System::block_number();

	assert_ok!(V::cancel_request(origin(who), request));

	let post = Snapshot::take(vault, who);
	assert_eq!(post.share_balance, pre.share_balance + req.shares, "the shares are back");
	assert_eq!(post.share_issuance, pre.share_issuance + req.shares);
	let (mut head, mut tail) = (pre.vault.queue_head, pre.vault.queue_tail);
	if position == head {
		head += 1;
	} else if position + 1 == tail {
		tail = position;
	}
	let expected = VaultInfo {
		escrowed_shares: pre.vault.escrowed_shares - req.shares,
		pending_requests: pre.vault.pending_requests - 1,
		pending_assets: pre.vault.pending_assets - req.assets_at_request,
		queue_head: head,
		queue_tail: tail,
		..pre.vault.clone()
	};
	assert_eq!(post.vault, expected);
	assert_eq!(Requests::<Test>::get(request), None);
	assert_eq!(crate::pallet::RedeemQueue::<Test>::get(vault, position), None);
	let open: Vec<RequestId> = pre.requests_of.iter().copied().filter(|r| *r != request).collect();
	assert_eq!(post.requests_of, open);
	let hold = match (req.held.filter(|h| h.until > now && h.shares > 0), pre.hold) {
		(Some(back), Some(h)) if h.until > now => {
			Some(Hold { shares: h.shares + back.shares, until: h.until.max(back.until) })
		},
		(Some(back), _) => Some(back),
		(None, hold) => hold,
	};
	assert_eq!(post.hold, hold, "held shares are held again until their end");
	assert_eq!(last_event(), Event::RequestCancelled { request, shares: req.shares });
	check_invariants();
}
