//! The `plexus_` methods against a mocked client: the JSON each method returns, the parameters
//! it accepts, and how every runtime error becomes a JSON-RPC error. No node runs.

use crate::{error, Block, IntentKind, Plexus, PlexusApiServer};
use jsonrpsee::RpcModule;
use pallet_gauges::{
	runtime_api::{AllocationTarget, ClaimableIncentive, GaugeSummary, GaugesApi},
	GaugeKind, GaugeStatus, LockInfo,
};
use pallet_intents::{
	runtime_api::{BatchSummary, IntentSummary, IntentsApi, Quote, QuoteError},
	VaultKindFilter,
};
use pallet_strategies::{
	runtime_api::{OperationSummary, StrategiesApi, StrategySummary},
	Adapter, BranchFlow, HeldInflow, HubAsset, Operation, OperationKind, ReportOrigin, Strategy,
	StrategyParams, StrategyStatus,
};
use pallet_vaults::{
	runtime_api::{VaultSummary, VaultsApi, VaultsApiError},
	RedeemRequest, RequestId, VaultStatus,
};
use plexus_primitives::{AccountId, AssetId, BlockNumber, GaugeId, Hash, StrategyId, VaultId};
use polkadot_sdk::{
	sp_api::{ApiError, ApiRef, ProvideRuntimeApi},
	sp_blockchain::{BlockStatus, HeaderBackend, Info},
	sp_runtime::{
		traits::{Block as BlockT, Header as HeaderT, NumberFor},
		Perbill,
	},
	staging_xcm::{latest::Location, VersionedXcm},
};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

/// The best block of the mock chain.
fn best() -> Hash {
	Hash::repeat_byte(1)
}
/// A known block whose runtime has none of the Plexus APIs.
fn old_block() -> Hash {
	Hash::repeat_byte(2)
}

fn alice() -> AccountId {
	AccountId::new([1; 32])
}

/// What the mock runtime answers, and what it was asked.
#[derive(Default)]
struct State {
	/// The last intent kind `quote` was called with.
	quoted: Mutex<Option<IntentKind>>,
}

struct TestClient {
	state: Arc<State>,
}

struct MockApi {
	state: Arc<State>,
}

impl ProvideRuntimeApi<Block> for TestClient {
	type Api = MockApi;
	fn runtime_api(&self) -> ApiRef<'_, Self::Api> {
		MockApi { state: self.state.clone() }.into()
	}
}

impl HeaderBackend<Block> for TestClient {
	fn header(
		&self,
		hash: Hash,
	) -> polkadot_sdk::sp_blockchain::Result<Option<<Block as BlockT>::Header>> {
		Ok((hash == best() || hash == old_block()).then(|| {
			<Block as BlockT>::Header::new(
				7,
				Default::default(),
				Default::default(),
				Default::default(),
				Default::default(),
			)
		}))
	}
	fn info(&self) -> Info<Block> {
		Info {
			best_hash: best(),
			best_number: 7,
			genesis_hash: old_block(),
			finalized_hash: best(),
			finalized_number: 7,
			finalized_state: None,
			number_leaves: 1,
			block_gap: None,
		}
	}
	fn status(&self, hash: Hash) -> polkadot_sdk::sp_blockchain::Result<BlockStatus> {
		Ok(if self.header(hash)?.is_some() { BlockStatus::InChain } else { BlockStatus::Unknown })
	}
	fn number(&self, hash: Hash) -> polkadot_sdk::sp_blockchain::Result<Option<NumberFor<Block>>> {
		Ok(self.header(hash)?.map(|h| *h.number()))
	}
	fn hash(&self, number: NumberFor<Block>) -> polkadot_sdk::sp_blockchain::Result<Option<Hash>> {
		Ok((number == 7).then(best))
	}
}

/// Fails like a runtime without the API at [`old_block`].
fn check(at: Hash) -> Result<(), ApiError> {
	if at == old_block() {
		Err(ApiError::Application("`VaultsApi` is not implemented at this block".into()))
	} else {
		Ok(())
	}
}

fn vault_summary(vault: VaultId) -> VaultSummary<AccountId, AssetId> {
	VaultSummary {
		vault,
		curated: false,
		curator: None,
		asset: 1984,
		share_asset: 1_000_000,
		share_decimals: 9,
		status: VaultStatus::Active,
		total_assets: 123_456_789_012_345_678_901_234,
		share_supply: 1_000,
		idle: 100,
		debt: 200,
		in_transit: 0,
		claimable: 5,
		locked_profit: 7,
		deposit_cap: u128::MAX,
		min_idle_bps: 1_000,
		performance_fee_bps: 500,
		min_request: 1_000_000,
		pending_requests: 2,
		account: alice(),
	}
}

fn strategy_summary(id: StrategyId) -> StrategySummary<AccountId, BlockNumber> {
	StrategySummary {
		id,
		strategy: Strategy {
			params: StrategyParams {
				vault: 0,
				destination: Location::new(
					1,
					[polkadot_sdk::staging_xcm::latest::Junction::Parachain(1000)],
				),
				adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 3 },
				cap: 1_000_000_000,
				max_report_change_bps: 500,
				max_report_age: 14_400,
				report_origin: ReportOrigin::Account(alice()),
				remote_fee: 10_000_000_000,
				min_operation: 1_000_000,
				rebalance_threshold_bps: 200,
			},
			asset: 1984,
			status: StrategyStatus::Active,
			debt: 250_000_000,
			in_transit: 50_000_000,
			last_report: 42,
			last_rebalance: Some(3),
			operation: Some(9),
			yield_bps: 820,
			window: Default::default(),
			held_report: None,
		},
		stale: false,
		target: Some(300_000_000),
	}
}

polkadot_sdk::sp_api::mock_impl_runtime_apis! {
	impl VaultsApi<Block, AccountId, AssetId, BlockNumber> for MockApi {
		#[advanced]
		fn vault(&self, at: Hash, vault: VaultId) -> Result<Option<VaultSummary<AccountId, AssetId>>, ApiError> {
			check(at)?;
			Ok((vault == 0).then(|| vault_summary(0)))
		}
		#[advanced]
		fn vaults(&self, at: Hash) -> Result<Vec<VaultSummary<AccountId, AssetId>>, ApiError> {
			check(at)?;
			Ok(vec![vault_summary(0)])
		}
		fn share_price(vault: VaultId) -> Option<u128> {
			(vault == 0).then_some(1_000_123)
		}
		fn preview_deposit(vault: VaultId, assets: u128) -> Result<u128, VaultsApiError> {
			match (vault, assets) {
				(0, 0) => Err(VaultsApiError::ZeroAmount),
				(0, a) if a > 1_000_000_000_000 => Err(VaultsApiError::CapExceeded),
				(0, a) => Ok(a * 1_000),
				_ => Err(VaultsApiError::UnknownVault),
			}
		}
		fn preview_mint(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError> {
			if vault == 0 { Ok(shares / 1_000 + 1) } else { Err(VaultsApiError::UnknownVault) }
		}
		fn preview_redeem(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError> {
			if vault == 0 { Ok(shares / 1_000) } else { Err(VaultsApiError::UnknownVault) }
		}
		fn requests_of(_who: AccountId) -> Vec<(RequestId, RedeemRequest<AccountId, u128, BlockNumber>)> {
			Vec::new()
		}
	}

	impl GaugesApi<Block, AccountId, AssetId> for MockApi {
		fn current_epoch() -> u32 { 12 }
		fn voting_power(_who: AccountId, _epoch: Option<u32>) -> u128 { 0 }
		fn lock_of(_who: AccountId) -> Option<LockInfo> { None }
		fn votes_of(_who: AccountId) -> Vec<(GaugeId, u16, u32)> { Vec::new() }
		fn gauge(_gauge: GaugeId) -> Option<GaugeSummary> { None }
		fn gauges() -> Vec<GaugeSummary> {
			vec![
				GaugeSummary {
					id: 0,
					kind: GaugeKind::Allocation { vault: 0, strategy: 1 },
					status: GaugeStatus::Active,
					weight_current: 3_000,
					weight_next: 4_000,
					relative_current: Perbill::from_percent(75),
					relative_next: Perbill::from_parts(333_333_333),
					emission_current: 0,
					staked: 0,
				},
				GaugeSummary {
					id: 1,
					kind: GaugeKind::Emission { vault: 0 },
					status: GaugeStatus::Killed,
					weight_current: 0,
					weight_next: 0,
					relative_current: Perbill::zero(),
					relative_next: Perbill::zero(),
					emission_current: 5_000_000_000_000,
					staked: 77,
				},
			]
		}
		fn allocation(vault: VaultId) -> Vec<AllocationTarget> {
			if vault != 0 { return Vec::new() }
			vec![AllocationTarget { strategy: 1, gauge: 0, current: Perbill::from_percent(75), next: Perbill::one() }]
		}
		fn claimable_emissions(_who: AccountId, _gauge: GaugeId) -> u128 { 0 }
		fn claimable_incentives(_who: AccountId, _gauge: GaugeId) -> Vec<ClaimableIncentive<AssetId>> { Vec::new() }
	}

	impl StrategiesApi<Block, AccountId, BlockNumber> for MockApi {
		fn strategies(vault: VaultId) -> Vec<StrategySummary<AccountId, BlockNumber>> {
			if vault == 0 { vec![strategy_summary(1)] } else { Vec::new() }
		}
		fn strategy(id: StrategyId) -> Option<StrategySummary<AccountId, BlockNumber>> {
			(id == 1).then(|| strategy_summary(1))
		}
		fn operations(vault: VaultId) -> Vec<OperationSummary<BlockNumber>> {
			if vault != 0 { return Vec::new() }
			vec![OperationSummary {
				query_id: 9,
				operation: Operation { strategy: 1, kind: OperationKind::Allocate, amount: 50_000_000, sent_at: 40 },
			}]
		}
		fn branch_liquidity(_asset: AssetId) -> Vec<(Location, BranchFlow)> { Vec::new() }
		fn hub_assets() -> Vec<(AssetId, HubAsset)> { Vec::new() }
		fn held_inflows(_who: AccountId) -> Vec<(u32, HeldInflow<AccountId, BlockNumber>)> { Vec::new() }
		fn withdraw_to_program(_asset: AssetId, _amount: u128, _destination: Location, _beneficiary: Location) -> Option<VersionedXcm<()>> { None }
	}

	impl IntentsApi<Block, AccountId, IntentKind, BlockNumber> for MockApi {
		fn intents_of(_who: AccountId) -> Vec<IntentSummary<AccountId, IntentKind, BlockNumber>> { Vec::new() }
		fn intent(_id: u64) -> Option<IntentSummary<AccountId, IntentKind, BlockNumber>> { None }
		fn pair_book(_give: AssetId, _want: AssetId) -> Vec<IntentSummary<AccountId, IntentKind, BlockNumber>> { Vec::new() }
		fn current_batch() -> BatchSummary<AccountId, BlockNumber> {
			BatchSummary { id: 4, opened: 40, closes_at: 50, open_intents: 3, best: Some((alice(), 1_234, 2)), settling: None }
		}
		#[advanced]
		fn quote(&self, _at: Hash, kind: IntentKind) -> Result<Result<Quote, QuoteError>, ApiError> {
			*self.state.quoted.lock().expect("not poisoned") = Some(kind.clone());
			Ok(match kind {
				IntentKind::Deposit { amount, .. } => Ok(Quote::Deposit { vault: 0, shares: amount * 1_000, yield_bps: 820 }),
				IntentKind::Redeem { vault: 0, shares, .. } => Ok(Quote::Redeem { assets: shares / 1_000, nettable: shares / 2 }),
				IntentKind::Redeem { .. } => Err(QuoteError::UnknownVault),
				IntentKind::Swap { give: (_, given), min_receive, .. } if min_receive <= given * 2 =>
					Ok(Quote::Swap { receive: given * 2, given }),
				IntentKind::Swap { .. } => Err(QuoteError::NoCounterparty),
			})
		}
	}
}

fn module() -> (RpcModule<Plexus<TestClient>>, Arc<State>) {
	let state = Arc::new(State::default());
	(Plexus::new(Arc::new(TestClient { state: state.clone() })).into_rpc(), state)
}

/// Sends one JSON-RPC request; the response's `result`, or `Err(error object)`.
async fn call(method: &str, params: Value) -> Result<Value, Value> {
	let (module, _) = module();
	call_on(&module, method, params).await
}

async fn call_on(
	module: &RpcModule<Plexus<TestClient>>,
	method: &str,
	params: Value,
) -> Result<Value, Value> {
	let request = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
	let (response, _) =
		module.raw_json_request(&request.to_string(), 1).await.expect("the request is valid JSON");
	let mut response: Value = serde_json::from_str(&response).expect("the response is JSON");
	match response.get_mut("error") {
		Some(error) => Err(error.take()),
		None => Ok(response["result"].take()),
	}
}

fn code(error: &Value) -> i64 {
	error["code"].as_i64().expect("an error has a code")
}

#[tokio::test]
async fn every_method_is_in_the_plexus_namespace() {
	let (module, _) = module();
	let mut names: Vec<_> = module.method_names().collect();
	names.sort();
	assert_eq!(
		names,
		[
			"plexus_allocation",
			"plexus_currentBatch",
			"plexus_currentEpoch",
			"plexus_gauges",
			"plexus_intentQuote",
			"plexus_operations",
			"plexus_previewDeposit",
			"plexus_previewMint",
			"plexus_previewRedeem",
			"plexus_strategies",
			"plexus_vault",
			"plexus_vaults",
		]
	);
}

#[tokio::test]
async fn a_vault_is_json_with_amounts_as_decimal_strings() {
	let vault = call("plexus_vault", json!([0])).await.expect("vault 0 exists");
	assert_eq!(
		vault,
		json!({
			"vault": 0,
			"kind": "governed",
			"curator": null,
			"asset": 1984,
			"shareAsset": 1_000_000,
			"shareDecimals": 9,
			"status": "active",
			"totalAssets": "123456789012345678901234",
			"shareSupply": "1000",
			"idle": "100",
			"debt": "200",
			"inTransit": "0",
			"claimable": "5",
			"lockedProfit": "7",
			"depositCap": u128::MAX.to_string(),
			"minIdleBps": 1000,
			"performanceFeeBps": 500,
			"minRequest": "1000000",
			"pendingRequests": 2,
			"account": "5C62Ck4UrFPiBtoCmeSrgF7x9yv9mn38446dhCpsi2mLHiFT",
			"sharePrice": "1000123",
		})
	);
	let all = call("plexus_vaults", json!([])).await.expect("vaults");
	assert_eq!(all, json!([vault]), "the list holds the same shape");
}

#[tokio::test]
async fn at_selects_a_known_block_and_null_means_the_best() {
	let at_best = call("plexus_vault", json!([0, format!("{:?}", best())])).await;
	let at_null = call("plexus_vault", json!([0, null])).await;
	let omitted = call("plexus_vault", json!([0])).await;
	assert!(at_best.is_ok());
	assert_eq!(at_best, at_null);
	assert_eq!(at_null, omitted);
}

#[tokio::test]
async fn an_unknown_vault_is_error_8002() {
	let e = call("plexus_vault", json!([5])).await.expect_err("no vault 5");
	assert_eq!(code(&e), error::NOT_FOUND as i64);
	assert_eq!(e["message"], "vault 5 does not exist");
	let e = call("plexus_previewRedeem", json!([5, "1"])).await.expect_err("no vault 5");
	assert_eq!(code(&e), error::NOT_FOUND as i64, "previews map UnknownVault to 8002 too");
}

#[tokio::test]
async fn an_unknown_block_is_error_8001() {
	let unknown = Hash::repeat_byte(9);
	let e =
		call("plexus_vaults", json!([format!("{unknown:?}")])).await.expect_err("unknown block");
	assert_eq!(code(&e), error::UNKNOWN_BLOCK as i64);
	assert!(e["message"].as_str().unwrap().contains("is not known to this node"), "{e}");
}

#[tokio::test]
async fn a_failing_runtime_call_is_error_8000_with_its_reason() {
	let e = call("plexus_vault", json!([0, format!("{:?}", old_block())])).await.expect_err("old");
	assert_eq!(code(&e), error::RUNTIME_ERROR as i64);
	let message = e["message"].as_str().unwrap();
	assert!(message.starts_with("runtime API call failed"), "{message}");
	assert!(message.contains("not implemented at this block"), "{message}");
}

#[tokio::test]
async fn previews_take_amounts_as_strings_hex_or_numbers() {
	let expected = json!({"vault": 0, "assets": "1000000", "shares": "1000000000"});
	for amount in [json!("1000000"), json!("0xf4240"), json!(1_000_000)] {
		let preview = call("plexus_previewDeposit", json!([0, amount])).await.expect("preview");
		assert_eq!(preview, expected, "amount {amount}");
	}
	let mint = call("plexus_previewMint", json!([0, "1000000000"])).await.expect("mint");
	assert_eq!(mint, json!({"vault": 0, "assets": "1000001", "shares": "1000000000"}));
	let redeem = call("plexus_previewRedeem", json!([0, "1000000000"])).await.expect("redeem");
	assert_eq!(redeem, json!({"vault": 0, "assets": "1000000", "shares": "1000000000"}));
}

#[tokio::test]
async fn bad_amounts_are_invalid_params() {
	for amount in
		[json!("12x"), json!(-1), json!("340282366920938463463374607431768211456"), json!(null)]
	{
		let e = call("plexus_previewDeposit", json!([0, amount])).await.expect_err("bad amount");
		assert_eq!(code(&e), -32602, "amount {amount}: {e}");
	}
}

#[tokio::test]
async fn a_refused_preview_is_error_8003_with_the_reason() {
	let e = call("plexus_previewDeposit", json!([0, "2000000000000"])).await.expect_err("cap");
	assert_eq!(code(&e), error::PREVIEW_REFUSED as i64);
	assert_eq!(e["data"], "capExceeded");
	assert_eq!(e["message"], "vault 0: the deposit would exceed the vault's cap");
	let e = call("plexus_previewDeposit", json!([0, "0"])).await.expect_err("zero");
	assert_eq!(e["data"], "zeroAmount");
}

#[tokio::test]
async fn a_quote_request_becomes_the_runtime_intent_kind() {
	let (module, state) = module();
	let quote = call_on(
		&module,
		"plexus_intentQuote",
		json!([{"swap": {"give": 1, "amount": "10000000000", "want": 1984, "partialFill": true}}]),
	)
	.await
	.expect("a swap quote");
	assert_eq!(quote, json!({"kind": "swap", "receive": "20000000000", "given": "10000000000"}));
	assert_eq!(
		state.quoted.lock().unwrap().take(),
		Some(IntentKind::Swap {
			give: (1, 10_000_000_000),
			want_asset: 1984,
			min_receive: 1,
			partial_fill: true
		}),
		"minReceive defaults to 1 (any price)"
	);

	let quote = call_on(
		&module,
		"plexus_intentQuote",
		json!([{"deposit": {"asset": 1984, "amount": 5, "kinds": "governed", "allowedStrategies": [1, 2], "minYieldBps": 300}}]),
	)
	.await
	.expect("a deposit quote");
	assert_eq!(quote, json!({"kind": "deposit", "vault": 0, "shares": "5000", "yieldBps": 820}));
	match state.quoted.lock().unwrap().take() {
		Some(IntentKind::Deposit { asset: 1984, amount: 5, constraints }) => {
			assert_eq!(constraints.kinds, VaultKindFilter::Governed);
			assert_eq!(constraints.max_lockup, u32::MAX, "no lock-up limit by default");
			assert_eq!(constraints.allowed_strategies.map(|s| s.into_inner()), Some(vec![1, 2]));
			assert_eq!(constraints.min_yield_bps, 300);
		},
		other => panic!("unexpected kind {other:?}"),
	}

	let quote =
		call_on(&module, "plexus_intentQuote", json!([{"redeem": {"vault": 0, "shares": "4000"}}]))
			.await
			.expect("a redeem quote");
	assert_eq!(quote, json!({"kind": "redeem", "assets": "4", "nettable": "2000"}));
}

#[tokio::test]
async fn no_quote_is_error_8004_with_the_reason() {
	let e = call(
		"plexus_intentQuote",
		json!([{"swap": {"give": 1, "amount": "10", "want": 1984, "minReceive": "21"}}]),
	)
	.await
	.expect_err("no counterparty");
	assert_eq!(code(&e), error::NO_QUOTE as i64);
	assert_eq!(e["data"], "noCounterparty");
	let e = call("plexus_intentQuote", json!([{"redeem": {"vault": 3, "shares": "1"}}]))
		.await
		.expect_err("unknown vault");
	assert_eq!(e["data"], "unknownVault");
}

#[tokio::test]
async fn malformed_quote_requests_are_invalid_params() {
	let too_many: Vec<u32> = (0..17).collect();
	let e = call(
		"plexus_intentQuote",
		json!([{"deposit": {"asset": 1984, "amount": "5", "allowedStrategies": too_many}}]),
	)
	.await
	.expect_err("17 strategies");
	assert_eq!(code(&e), -32602);
	assert_eq!(e["message"], "allowedStrategies has 17 entries, more than the runtime allows");
	for bad in [
		json!({"swap": {"give": 1, "amount": "5"}}),
		json!({"swap": {"give": 1, "amount": "5", "want": 2, "price": "3"}}),
		json!({"borrow": {"asset": 1}}),
		json!("deposit"),
	] {
		let e = call("plexus_intentQuote", json!([bad])).await.expect_err("malformed");
		assert_eq!(code(&e), -32602, "{bad}: {e}");
	}
}

#[tokio::test]
async fn the_open_batch_and_the_epoch() {
	let batch = call("plexus_currentBatch", json!([])).await.expect("batch");
	assert_eq!(
		batch,
		json!({
			"id": 4,
			"opened": 40,
			"closesAt": 50,
			"openIntents": 3,
			"best": {"solver": "5C62Ck4UrFPiBtoCmeSrgF7x9yv9mn38446dhCpsi2mLHiFT", "surplus": "1234", "fills": 2},
			"settling": null,
		})
	);
	assert_eq!(call("plexus_currentEpoch", json!([])).await, Ok(json!(12)));
}

#[tokio::test]
async fn gauges_and_allocations_give_weights_in_vote_units_and_ppb() {
	let gauges = call("plexus_gauges", json!([])).await.expect("gauges");
	assert_eq!(
		gauges,
		json!([
			{
				"id": 0,
				"kind": {"allocation": {"vault": 0, "strategy": 1}},
				"status": "active",
				"weightCurrent": "3000",
				"weightNext": "4000",
				"relativeCurrentPpb": 750_000_000,
				"relativeNextPpb": 333_333_333,
				"emissionCurrent": "0",
				"staked": "0",
			},
			{
				"id": 1,
				"kind": {"emission": {"vault": 0}},
				"status": "killed",
				"weightCurrent": "0",
				"weightNext": "0",
				"relativeCurrentPpb": 0,
				"relativeNextPpb": 0,
				"emissionCurrent": "5000000000000",
				"staked": "77",
			},
		])
	);
	let allocation = call("plexus_allocation", json!([0])).await.expect("allocation");
	assert_eq!(
		allocation,
		json!([{"strategy": 1, "gauge": 0, "currentPpb": 750_000_000, "nextPpb": 1_000_000_000}])
	);
	assert_eq!(call("plexus_allocation", json!([3])).await, Ok(json!([])));
}

#[tokio::test]
async fn strategies_and_operations_in_flight() {
	let strategies = call("plexus_strategies", json!([0])).await.expect("strategies");
	assert_eq!(
		strategies,
		json!([{
			"id": 1,
			"vault": 0,
			"asset": 1984,
			"status": "active",
			"destination": "Location { parents: 1, interior: X1([Parachain(1000)]) }",
			"adapter": {"assetRewardsPool": {"palletIndex": 61, "pool": 3}},
			"cap": "1000000000",
			"debt": "250000000",
			"inTransit": "50000000",
			"lastReport": 42,
			"lastRebalance": 3,
			"operation": 9,
			"yieldBps": 820,
			"stale": false,
			"target": "300000000",
			"maxReportChangeBps": 500,
			"maxReportAge": 14400,
			"reportOrigin": "5C62Ck4UrFPiBtoCmeSrgF7x9yv9mn38446dhCpsi2mLHiFT",
			"remoteFee": "10000000000",
			"minOperation": "1000000",
			"rebalanceThresholdBps": 200,
			"heldReport": null,
		}])
	);
	let operations = call("plexus_operations", json!([0])).await.expect("operations");
	assert_eq!(
		operations,
		json!([{"queryId": 9, "strategy": 1, "kind": "allocate", "amount": "50000000", "sentAt": 40}])
	);
}
