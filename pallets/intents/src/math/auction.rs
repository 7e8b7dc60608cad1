//! Pure math of the batch auction: checking a clearing (uniform prices, limits, conservation
//! of every asset, [`verify`]) and the chain's reference clearing of one pair
//! ([`reference_clearing`], a call auction at the price that trades the most).

use super::{limit_at, mul_div_floor, out_at, IntentId};
use alloc::vec::Vec;
use polkadot_sdk::sp_core::U256;

/// An open swap intent as the auction sees it: it gives up to `amount` of `give` and wants at
/// least `limit` of `want` for all of it (pro rata for a part when `partial`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order<A> {
	/// The intent.
	pub id: IntentId,
	/// Asset given.
	pub give: A,
	/// Asset wanted.
	pub want: A,
	/// Amount still to give, planck of `give`.
	pub amount: u128,
	/// Least to receive for all of `amount`, planck of `want`; more than zero.
	pub limit: u128,
	/// Whether a part of `amount` may be filled.
	pub partial: bool,
}

/// How much of an intent a clearing fills and what the intent receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fill {
	/// The intent.
	pub intent: IntentId,
	/// Planck of the intent's `give` asset it gives.
	pub given: u128,
	/// Planck of the intent's `want` asset it receives.
	pub received: u128,
}

/// Why a clearing (a solver's solution) is invalid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClearingError {
	/// A fill gives nothing.
	ZeroFill,
	/// A fill gives more than the intent has left.
	FillTooLarge,
	/// An all-or-nothing intent is filled in part.
	PartialFillNotAllowed,
	/// An asset of a fill has no price, or a price is zero.
	MissingPrice,
	/// A fill's received amount is not `⌊given·p_give / p_want⌋`.
	PriceNotUniform,
	/// A fill receives less than the intent's limit for what it gives.
	LimitViolated,
	/// More of an asset leaves than comes in, or more stays behind than rounding explains.
	NotConserved,
	/// A number does not fit.
	Overflow,
}

/// What a valid clearing achieves.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Verified<A> {
	/// Surplus per directed pair `(give, want)`: Σ (received − limit for what was given),
	/// planck of `want`.
	pub surplus: Vec<((A, A), u128)>,
	/// Per asset, what came in and stays behind after paying everyone (rounding dust), planck.
	pub dust: Vec<(A, u128)>,
}

impl<A: PartialEq + Copy> Verified<A> {
	/// Surplus of one directed pair.
	pub fn surplus_of(&self, pair: (A, A)) -> u128 {
		self.surplus.iter().find(|(p, _)| *p == pair).map(|(_, s)| *s).unwrap_or(0)
	}
}

fn price_of<A: PartialEq>(prices: &[(A, u128)], asset: &A) -> Result<u128, ClearingError> {
	match prices.iter().find(|(a, _)| a == asset) {
		Some((_, p)) if *p > 0 => Ok(*p),
		_ => Err(ClearingError::MissingPrice),
	}
}

fn bump<K: PartialEq + Copy>(list: &mut Vec<(K, u128)>, key: K, by: u128) -> Option<()> {
	match list.iter_mut().find(|(k, _)| *k == key) {
		Some((_, v)) => *v = v.checked_add(by)?,
		None => list.push((key, by)),
	}
	Some(())
}

/// Checks a clearing: every fill respects its intent (size, all-or-nothing, limit), every
/// directed pair trades at the one price the price vector gives, and every asset is conserved:
/// what comes in covers what goes out, and what stays behind is at most the rounding of the
/// receivers of that asset plus one unit of the dearest asset traded (`receivers(a) +
/// ⌈max p / p_a⌉`, the maximum over the assets the fills give or receive). O(fills × assets);
/// the pallet bounds both.
pub fn verify<A: PartialEq + Copy>(
	orders_and_fills: &[(Order<A>, Fill)],
	prices: &[(A, u128)],
) -> Result<Verified<A>, ClearingError> {
	let mut flows: Vec<(A, (u128, u128, u128))> = Vec::new(); // asset -> (in, out, receivers)
	let mut surplus: Vec<((A, A), u128)> = Vec::new();
	for (order, fill) in orders_and_fills {
		if fill.given == 0 {
			return Err(ClearingError::ZeroFill);
		}
		if fill.given > order.amount {
			return Err(ClearingError::FillTooLarge);
		}
		if !order.partial && fill.given != order.amount {
			return Err(ClearingError::PartialFillNotAllowed);
		}
		let p_give = price_of(prices, &order.give)?;
		let p_want = price_of(prices, &order.want)?;
		let out = out_at(fill.given, p_give, p_want).ok_or(ClearingError::Overflow)?;
		if out != fill.received {
			return Err(ClearingError::PriceNotUniform);
		}
		let limit =
			limit_at(order.limit, fill.given, order.amount).ok_or(ClearingError::Overflow)?;
		let extra = fill.received.checked_sub(limit).ok_or(ClearingError::LimitViolated)?;
		bump(&mut surplus, (order.give, order.want), extra).ok_or(ClearingError::Overflow)?;
		add_flow(&mut flows, order.give, fill.given, 0, 0)?;
		add_flow(&mut flows, order.want, 0, fill.received, 1)?;
	}
	// The dearest asset the clearing trades: a price of an asset it does not trade must not
	// widen the allowance.
	let mut max_price = 0;
	for (asset, _) in flows.iter() {
		max_price = max_price.max(price_of(prices, asset)?);
	}
	let mut dust = Vec::with_capacity(flows.len());
	for (asset, (inflow, outflow, receivers)) in flows {
		let left = inflow.checked_sub(outflow).ok_or(ClearingError::NotConserved)?;
		let p = price_of(prices, &asset)?;
		let allowance =
			receivers.checked_add(max_price.div_ceil(p)).ok_or(ClearingError::Overflow)?;
		if left > allowance {
			return Err(ClearingError::NotConserved);
		}
		dust.push((asset, left));
	}
	Ok(Verified { surplus, dust })
}

fn add_flow<A: PartialEq + Copy>(
	flows: &mut Vec<(A, (u128, u128, u128))>,
	asset: A,
	inflow: u128,
	outflow: u128,
	receivers: u128,
) -> Result<(), ClearingError> {
	let entry = match flows.iter_mut().find(|(a, _)| *a == asset) {
		Some(e) => e,
		None => {
			flows.push((asset, (0, 0, 0)));
			flows.last_mut().ok_or(ClearingError::Overflow)?
		},
	};
	let (i, o, r) = &mut entry.1;
	*i = i.checked_add(inflow).ok_or(ClearingError::Overflow)?;
	*o = o.checked_add(outflow).ok_or(ClearingError::Overflow)?;
	*r = r.checked_add(receivers).ok_or(ClearingError::Overflow)?;
	Ok(())
}

/// A price `num / den` (planck of the pair's second asset per planck of its first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ratio {
	num: u128,
	den: u128,
}

impl Ratio {
	fn cmp(&self, other: &Ratio) -> core::cmp::Ordering {
		(U256::from(self.num) * U256::from(other.den))
			.cmp(&(U256::from(other.num) * U256::from(self.den)))
	}
}

/// A uniform clearing: the price vector and the fills.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clearing<A> {
	/// Price per asset (two entries for a pair).
	pub prices: Vec<(A, u128)>,
	/// Fills, one per filled intent.
	pub fills: Vec<Fill>,
	/// What [`verify`] found of it: surplus per directed pair and dust per asset.
	pub verified: Verified<A>,
}

/// The chain's own clearing of one pair `{a, b}`: a call auction at one uniform price
/// (coincidence of wants only, no outside liquidity).
///
/// The price is the limit price of one of the intents — the one at which the most of `a`
/// trades (`min(supply of a, demand for a)`), the lowest such price on ties. At it, every intent
/// whose limit the price meets takes part; the side with less value fills completely and the
/// other side fills by price priority (best limit first, then the older intent), a partial
/// intent taking what is left and an all-or-nothing intent only if it fits whole. When the
/// all-or-nothing intents leave the long side short, the pair clears again without them. The
/// result passes [`verify`]; `None` when nothing crosses. O(k log k) in the pair's intents.
pub fn reference_clearing<A: PartialEq + Copy>(
	a: A,
	b: A,
	orders: &[Order<A>],
) -> Option<Clearing<A>> {
	reference_with(a, b, orders, true).or_else(|| reference_with(a, b, orders, false))
}

/// The reference clearing of `{a, b}`, with or without the all-or-nothing intents: the two
/// sides, the price that trades the most, the fills at it, checked by [`verify`].
fn reference_with<A: PartialEq + Copy>(
	a: A,
	b: A,
	orders: &[Order<A>],
	with_all_or_nothing: bool,
) -> Option<Clearing<A>> {
	let (sellers, buyers) = sides(a, b, orders, with_all_or_nothing)?;
	let price = most_traded_price(&sellers, &buyers)?;
	let fills = fills_at(price, &sellers, buyers)?;
	let prices = alloc::vec![(a, price.num), (b, price.den)];
	let pairs: Vec<(Order<A>, Fill)> = fills
		.iter()
		.filter_map(|f| orders.iter().find(|o| o.id == f.intent).map(|o| (o.clone(), f.clone())))
		.collect();
	let verified = verify(&pairs, &prices).ok()?;
	Some(Clearing { prices, fills, verified })
}

/// An order of one side of a pair with its price in planck of `b` per planck of `a`.
type Priced<'o, A> = (&'o Order<A>, Ratio);

/// Sellers and buyers of one pair, each with their prices.
type Sides<'o, A> = (Vec<Priced<'o, A>>, Vec<Priced<'o, A>>);

/// The two sides of pair `{a, b}`, each sorted by its price ascending, then by age: sellers of
/// `a` at their limit price `λ = limit / amount`, buyers of `a` (sellers of `b`) at the most
/// they pay, `μ = amount / limit`. Without `with_all_or_nothing`, only partial intents.
/// `None` when a side is empty.
fn sides<A: PartialEq + Copy>(
	a: A,
	b: A,
	orders: &[Order<A>],
	with_all_or_nothing: bool,
) -> Option<Sides<'_, A>> {
	let take = |o: &&Order<A>| o.amount > 0 && o.limit > 0 && (with_all_or_nothing || o.partial);
	let mut sellers: Vec<Priced<A>> = orders
		.iter()
		.filter(|o| o.give == a && o.want == b)
		.filter(take)
		.map(|o| (o, Ratio { num: o.limit, den: o.amount }))
		.collect();
	let mut buyers: Vec<Priced<A>> = orders
		.iter()
		.filter(|o| o.give == b && o.want == a)
		.filter(take)
		.map(|o| (o, Ratio { num: o.amount, den: o.limit }))
		.collect();
	if sellers.is_empty() || buyers.is_empty() {
		return None;
	}
	sellers.sort_by(|x, y| x.1.cmp(&y.1).then(x.0.id.cmp(&y.0.id)));
	buyers.sort_by(|x, y| x.1.cmp(&y.1).then(x.0.id.cmp(&y.0.id)));
	Some((sellers, buyers))
}

/// The price among the intents' limit prices at which the most of `a` trades
/// (`min(supply of a, demand for a)`), the lowest such price on ties: a sweep of the candidate
/// prices upwards, along which supply of `a` grows and demand for it shrinks. `None` when
/// nothing trades.
fn most_traded_price<A>(sellers: &[Priced<A>], buyers: &[Priced<A>]) -> Option<Ratio> {
	let mut candidates: Vec<Ratio> =
		sellers.iter().map(|s| s.1).chain(buyers.iter().map(|b| b.1)).collect();
	candidates.sort_by(|x, y| x.cmp(y));
	let total_demand: u128 =
		buyers.iter().try_fold(0u128, |acc, (o, _)| acc.checked_add(o.amount))?;
	let (mut si, mut bi) = (0usize, 0usize);
	let (mut supply, mut gone) = (0u128, 0u128);
	let mut best: Option<(U256, Ratio)> = None;
	for price in candidates {
		while si < sellers.len() && sellers[si].1.cmp(&price).is_le() {
			supply = supply.checked_add(sellers[si].0.amount)?;
			si += 1;
		}
		while bi < buyers.len() && buyers[bi].1.cmp(&price).is_lt() {
			gone = gone.checked_add(buyers[bi].0.amount)?;
			bi += 1;
		}
		let demand_b = total_demand.checked_sub(gone)?;
		// Volume in planck of `a`: min(supply, demand_b / price), compared as U256.
		let demand_a = U256::from(demand_b) * U256::from(price.den) / U256::from(price.num);
		let volume = core::cmp::min(U256::from(supply), demand_a);
		if volume > best.map(|(v, _)| v).unwrap_or_default() {
			best = Some((volume, price));
		}
	}
	best.map(|(_, price)| price)
}

/// The fills at `price` (`p_a = price.num`, `p_b = price.den`): every intent whose limit the
/// price meets takes part; the side with less value fills completely, the other side by price
/// priority (the best price first, then the older intent), a partial intent taking what is
/// left and an all-or-nothing intent only if it fits whole. `None` when the long side cannot
/// fill the short side exactly or nobody receives anything.
fn fills_at<A>(price: Ratio, sellers: &[Priced<A>], buyers: Vec<Priced<A>>) -> Option<Vec<Fill>> {
	let (p_a, p_b) = (price.num, price.den);
	let in_sellers: Vec<&Order<A>> =
		sellers.iter().filter(|s| s.1.cmp(&price).is_le()).map(|s| s.0).collect();
	// Buyers by price priority: the highest μ first, then the older intent.
	let mut in_buyers: Vec<Priced<A>> =
		buyers.into_iter().filter(|x| x.1.cmp(&price).is_ge()).collect();
	in_buyers.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.id.cmp(&y.0.id)));
	let in_buyers: Vec<&Order<A>> = in_buyers.into_iter().map(|x| x.0).collect();

	let supply = in_sellers.iter().try_fold(0u128, |acc, o| acc.checked_add(o.amount))?;
	let demand = in_buyers.iter().try_fold(0u128, |acc, o| acc.checked_add(o.amount))?;
	// Value of each side in the common unit: supply·p_a against demand·p_b.
	let sellers_short =
		U256::from(supply) * U256::from(p_a) <= U256::from(demand) * U256::from(p_b);
	let (full, long, target, p_full, p_long) = if sellers_short {
		(in_sellers, in_buyers, mul_div_floor(supply, p_a, p_b)?, p_a, p_b)
	} else {
		(in_buyers, in_sellers, mul_div_floor(demand, p_b, p_a)?, p_b, p_a)
	};
	let mut fills = Vec::new();
	for o in full {
		fills.push(Fill {
			intent: o.id,
			given: o.amount,
			received: out_at(o.amount, p_full, p_long)?,
		});
	}
	let mut left = target;
	for o in long {
		if left == 0 {
			break;
		}
		let given = if o.amount <= left {
			o.amount
		} else if o.partial {
			left
		} else {
			continue;
		};
		left -= given;
		let received = out_at(given, p_long, p_full)?;
		fills.push(Fill { intent: o.id, given, received });
	}
	if left > 0 || fills.iter().all(|f| f.received == 0) {
		return None;
	}
	Some(fills)
}
