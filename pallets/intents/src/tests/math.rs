//! The pure math of the auction (`math::auction`): examples beside the properties of
//! `properties.rs`.

use super::*;

#[test]
fn a_price_of_an_asset_the_solution_does_not_trade_does_not_widen_the_rounding_allowance() {
	use crate::math::{self, ClearingError, Fill, Order};
	// Three buyers of DOT give 1 999 USDT each for 1 planck of DOT (worth 1 000 USDT): 2 997
	// USDT would stay behind as "rounding dust". The allowance of USDT is one receiver plus
	// one unit of the dearest asset traded (DOT, 1 000), so this is refused, whatever price a
	// solver names for ETH, which nobody trades.
	let buyer = |id| Order { id, give: USDT, want: DOT, amount: 1_999, limit: 1, partial: true };
	let seller = Order { id: 9, give: DOT, want: USDT, amount: 3, limit: 3_000, partial: false };
	let fills: Vec<(Order<u32>, Fill)> = (0..3)
		.map(|id| (buyer(id), Fill { intent: id, given: 1_999, received: 1 }))
		.chain([(seller, Fill { intent: 9, given: 3, received: 3_000 })])
		.collect();
	let honest = vec![(DOT, 1_000), (USDT, 1)];
	assert_eq!(math::verify(&fills, &honest).err(), Some(ClearingError::NotConserved));
	let padded = vec![(DOT, 1_000), (USDT, 1), (ETH, 1_000_000)];
	assert_eq!(math::verify(&fills, &padded).err(), Some(ClearingError::NotConserved));
}
