//! Pure math of netting: ERC-4626 conversions at a vault's share price (with the virtual
//! offset, `A + 1` and `S + 10^δ`) and the netting of deposits against redemptions ([`net`]).

use super::{mul_div_ceil, mul_div_floor};
use alloc::vec::Vec;
use plexus_primitives::SharePrice;

/// What `shares` of a vault are worth at `price`, rounded down (a redemption's value):
/// `⌊s·(A+1)/(S+10^δ)⌋`.
pub fn assets_of(price: SharePrice, shares: u128) -> Option<u128> {
	mul_div_floor(shares, price.assets, price.shares)
}

/// The shares `assets` buy at `price`, rounded down (a deposit's shares):
/// `⌊a·(S+10^δ)/(A+1)⌋`.
pub fn shares_of(price: SharePrice, assets: u128) -> Option<u128> {
	mul_div_floor(assets, price.shares, price.assets)
}

/// The netting of deposits against redemptions in one vault at its share price.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Netting {
	/// Per deposit (in input order): `(shares received, assets paid)`.
	pub deposits: Vec<(u128, u128)>,
	/// Per redemption (in input order): `(shares netted, assets received)`.
	pub redeems: Vec<(u128, u128)>,
}

/// Nets redemptions of `redeems` shares against deposits of `deposits` assets, in order (the
/// pallet passes them oldest first), at `price`. Shares move from redeemers to depositors and
/// assets the other way, so the vault's total assets and supply do not change: nothing is
/// minted or burnt and no message leaves the chain.
///
/// A redeemer netting `n` shares in total receives `⌈n·(A+1)/(S+10^δ)⌉`, the price of minting
/// them (telescoped over its counterparties, so it is exact in total), which is at least what
/// a redemption pays (`⌊…⌋`); a depositor receives at most the shares its assets buy
/// (`⌊a·(S+10^δ)/(A+1)⌋`) and pays no more than it has.
pub fn net(price: SharePrice, deposits: &[u128], redeems: &[u128]) -> Option<Netting> {
	let mut out = Netting {
		deposits: alloc::vec![(0, 0); deposits.len()],
		redeems: alloc::vec![(0, 0); redeems.len()],
	};
	let mut d = 0usize;
	for (r, shares) in redeems.iter().enumerate() {
		let (mut netted, mut paid) = (0u128, 0u128);
		while netted < *shares && d < deposits.len() {
			let (got, spent) = out.deposits[d];
			let left = deposits[d].checked_sub(spent)?;
			// The most shares this depositor can take: mint cost of the redeemer's running total
			// stays within what it has paid so far plus what the depositor has left.
			let affordable = shares_of(price, paid.checked_add(left)?)?;
			let n = core::cmp::min(shares - netted, affordable.saturating_sub(netted));
			if n == 0 {
				d += 1;
				continue;
			}
			let total = mul_div_ceil(netted.checked_add(n)?, price.assets, price.shares)?;
			let x = total.checked_sub(paid)?;
			if x > left {
				return None;
			}
			out.deposits[d] = (got.checked_add(n)?, spent.checked_add(x)?);
			netted = netted.checked_add(n)?;
			paid = total;
		}
		out.redeems[r] = (netted, paid);
	}
	Some(out)
}
