//! Hub assets arriving from Asset Hub (issue test 1).

use super::*;

/// USDT (asset 1984) and WND sent from Asset Hub as a local-reserve transfer arrive on Plexus as
/// hub assets (minus Plexus' execution fee, paid in WND), and the reserve stays on Asset Hub in
/// Plexus' sovereign account, to the planck.
#[test]
fn usdt_and_wnd_reserve_transferred_from_asset_hub_arrive_as_hub_assets() {
	WestendNet::reset();
	create_usdt_on_asset_hub(alice(), 10_000 * USDT_UNIT);
	let sovereign = plexus_sovereign_on_asset_hub();
	let (usdt_before, wnd_before) =
		AssetHub::execute_with(|| (ah_usdt_balance(&sovereign), ah_wnd_balance(&sovereign)));

	let usdt_sent = 1_000 * USDT_UNIT;
	let wnd_sent = 10 * WND_UNIT;
	let beneficiary = fresh_account(1);
	transfer_from_asset_hub(alice(), beneficiary.clone(), wnd_sent, usdt_sent);

	AssetHub::execute_with(|| {
		assert_eq!(ah_usdt_balance(&sovereign), usdt_before + usdt_sent, "USDT reserve");
		assert_eq!(ah_wnd_balance(&sovereign), wnd_before + wnd_sent, "WND reserve");
	});
	PlexusPara::execute_with(|| {
		assert_eq!(plexus_hub_balance(hub::USDT, &beneficiary), usdt_sent, "USDT minted in full");
		let wnd = plexus_hub_balance(hub::DOT, &beneficiary);
		assert!(wnd > 0 && wnd < wnd_sent, "WND minted minus the fee: {wnd}");
	});
}
