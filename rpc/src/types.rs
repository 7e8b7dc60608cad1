//! JSON shapes of the `plexus_` methods and their conversions from the runtime API types.
//!
//! Amounts are [`Amount`]s: decimal strings of planck. Field names are camelCase.

use crate::{error::invalid_params, IntentKind};
use jsonrpsee::types::ErrorObjectOwned;
use pallet_gauges::{
	runtime_api::{AllocationTarget, GaugeSummary},
	GaugeKind, GaugeStatus,
};
use pallet_intents::{
	runtime_api::{BatchSummary, Quote},
	DepositConstraints, VaultKindFilter,
};
use pallet_strategies::{
	runtime_api::{OperationSummary, StrategySummary},
	Adapter, AmountEncoding, CallTemplate, OperationKind, ReportOrigin, StrategyStatus,
};
use pallet_vaults::{runtime_api::VaultSummary, VaultStatus};
use plexus_primitives::{AccountId, AssetId, BlockNumber, GaugeId, StrategyId, VaultId};
use polkadot_sdk::sp_core::{crypto::Ss58Codec, hexdisplay::HexDisplay};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// An amount in planck (`u128`). Serialized as a decimal string; deserialized from a decimal
/// string, a `0x` hex string or a JSON number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Amount(pub u128);

impl Serialize for Amount {
	fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&self.0.to_string())
	}
}

impl<'de> Deserialize<'de> for Amount {
	fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
		#[derive(Deserialize)]
		#[serde(untagged)]
		enum Raw {
			Number(u64),
			Text(String),
		}
		match Raw::deserialize(d)? {
			Raw::Number(n) => Ok(Amount(n.into())),
			Raw::Text(t) => {
				let parsed = match t.strip_prefix("0x") {
					Some(hex) => u128::from_str_radix(hex, 16),
					None => t.parse::<u128>(),
				};
				parsed.map(Amount).map_err(|_| {
					de::Error::custom(format!(
						"`{t}` is not an amount: expected a decimal or 0x-hex string of at most 128 bits"
					))
				})
			},
		}
	}
}

fn ss58(account: &AccountId) -> String {
	account.to_ss58check()
}

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", HexDisplay::from(&bytes))
}

/// A vault (`plexus_vault`, `plexus_vaults`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VaultInfo {
	/// Vault id.
	pub vault: VaultId,
	/// `"governed"` (allocated by gauge votes) or `"curated"` (a campaign run by its curator).
	pub kind: &'static str,
	/// The curator of a curated vault (SS58).
	pub curator: Option<String>,
	/// The vault's asset.
	pub asset: AssetId,
	/// The share token.
	pub share_asset: AssetId,
	/// Decimals of the share token.
	pub share_decimals: u8,
	/// `"active"`, `"paused"` or `"retired"`.
	pub status: &'static str,
	/// Total assets `A`, planck of the asset.
	pub total_assets: Amount,
	/// Share supply `S`, planck of the share token.
	pub share_supply: Amount,
	/// Idle assets, planck.
	pub idle: Amount,
	/// Assets allocated to strategies, planck.
	pub debt: Amount,
	/// Assets in XCM programs that have not reported back, planck.
	pub in_transit: Amount,
	/// Assets set aside for finalized redemption requests, planck.
	pub claimable: Amount,
	/// Profit still unlocking, planck.
	pub locked_profit: Amount,
	/// Cap on `A`, planck.
	pub deposit_cap: Amount,
	/// Idle buffer, bps of `A`.
	pub min_idle_bps: u16,
	/// Performance fee, bps of profit.
	pub performance_fee_bps: u16,
	/// Smallest redemption request, planck.
	pub min_request: Amount,
	/// Requests waiting for finalization.
	pub pending_requests: u32,
	/// The vault's account (SS58).
	pub account: String,
	/// Planck of the asset one whole share (10^shareDecimals planck of shares) redeems for.
	pub share_price: Option<Amount>,
}

impl VaultInfo {
	/// From the runtime API's summary and share price.
	pub fn new(v: VaultSummary<AccountId, AssetId>, share_price: Option<u128>) -> Self {
		Self {
			vault: v.vault,
			kind: if v.curated { "curated" } else { "governed" },
			curator: v.curator.as_ref().map(ss58),
			asset: v.asset,
			share_asset: v.share_asset,
			share_decimals: v.share_decimals,
			status: match v.status {
				VaultStatus::Active => "active",
				VaultStatus::Paused => "paused",
				VaultStatus::Retired => "retired",
			},
			total_assets: Amount(v.total_assets),
			share_supply: Amount(v.share_supply),
			idle: Amount(v.idle),
			debt: Amount(v.debt),
			in_transit: Amount(v.in_transit),
			claimable: Amount(v.claimable),
			locked_profit: Amount(v.locked_profit),
			deposit_cap: Amount(v.deposit_cap),
			min_idle_bps: v.min_idle_bps,
			performance_fee_bps: v.performance_fee_bps,
			min_request: Amount(v.min_request),
			pending_requests: v.pending_requests,
			account: ss58(&v.account),
			share_price: share_price.map(Amount),
		}
	}
}

/// A preview of a vault operation at the current price (`plexus_preview*`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
	/// The vault.
	pub vault: VaultId,
	/// Planck of the vault's asset (deposited, paid or received).
	pub assets: Amount,
	/// Planck of the share token (minted or redeemed).
	pub shares: Amount,
}

impl Preview {
	/// `assets` against `shares` in `vault`.
	pub fn new(vault: VaultId, assets: u128, shares: u128) -> Self {
		Self { vault, assets: Amount(assets), shares: Amount(shares) }
	}
}

/// Which vaults a deposit intent accepts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum VaultKinds {
	/// Governed or curated.
	#[default]
	Any,
	/// Governed only.
	Governed,
	/// Curated only.
	Curated,
}

fn one() -> Amount {
	Amount(1)
}

/// The intent to quote (`plexus_intentQuote`), one of:
/// - `{"deposit": {"asset": 1984, "amount": "1000000", "kinds": "any", "maxLockup": 0,
///   "allowedStrategies": [0, 1], "minYieldBps": 0}}` (all but `asset` and `amount` optional);
/// - `{"redeem": {"vault": 0, "shares": "1000000000", "minAssets": "0"}}`;
/// - `{"swap": {"give": 1, "amount": "10000000000", "want": 1984, "minReceive": "1",
///   "partialFill": true}}` (`minReceive` and `partialFill` optional).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum QuoteRequest {
	/// Deposit `amount` of `asset` into the best vault that meets the constraints.
	Deposit {
		/// The asset.
		asset: AssetId,
		/// Planck.
		amount: Amount,
		/// Allowed vault kinds (default any).
		#[serde(default)]
		kinds: VaultKinds,
		/// Longest lock-up of new shares accepted, blocks (default: any).
		#[serde(default)]
		max_lockup: Option<u32>,
		/// When set, every strategy of the vault must be in this list.
		#[serde(default)]
		allowed_strategies: Option<Vec<StrategyId>>,
		/// Least reported yield, bps per year (default 0).
		#[serde(default)]
		min_yield_bps: u32,
	},
	/// Redeem `shares` of `vault`.
	Redeem {
		/// The vault.
		vault: VaultId,
		/// Planck of the share token.
		shares: Amount,
		/// Least value of all the shares, planck of the vault's asset (default 0).
		#[serde(default)]
		min_assets: Amount,
	},
	/// Give `amount` of `give` for `want`.
	Swap {
		/// Asset given.
		give: AssetId,
		/// Planck given.
		amount: Amount,
		/// Asset wanted.
		want: AssetId,
		/// Least received for all of `amount` (default 1: any price).
		#[serde(default = "one")]
		min_receive: Amount,
		/// Whether a part may fill (default false).
		#[serde(default)]
		partial_fill: bool,
	},
}

impl QuoteRequest {
	/// The runtime's intent kind; `-32602` if the strategy list is longer than the runtime
	/// allows.
	pub fn into_kind(self) -> Result<IntentKind, ErrorObjectOwned> {
		Ok(match self {
			QuoteRequest::Deposit {
				asset,
				amount,
				kinds,
				max_lockup,
				allowed_strategies,
				min_yield_bps,
			} => {
				let allowed_strategies = allowed_strategies
					.map(|list| {
						let len = list.len();
						list.try_into().map_err(|_| {
							invalid_params(format!(
								"allowedStrategies has {len} entries, more than the runtime allows"
							))
						})
					})
					.transpose()?;
				IntentKind::Deposit {
					asset,
					amount: amount.0,
					constraints: DepositConstraints {
						kinds: match kinds {
							VaultKinds::Any => VaultKindFilter::Any,
							VaultKinds::Governed => VaultKindFilter::Governed,
							VaultKinds::Curated => VaultKindFilter::Curated,
						},
						max_lockup: max_lockup.unwrap_or(u32::MAX),
						allowed_strategies,
						min_yield_bps,
					},
				}
			},
			QuoteRequest::Redeem { vault, shares, min_assets } => {
				IntentKind::Redeem { vault, shares: shares.0, min_assets: min_assets.0 }
			},
			QuoteRequest::Swap { give, amount, want, min_receive, partial_fill } => {
				IntentKind::Swap {
					give: (give, amount.0),
					want_asset: want,
					min_receive: min_receive.0,
					partial_fill,
				}
			},
		})
	}
}

/// A quote (`plexus_intentQuote`), tagged by `kind`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum QuoteInfo {
	/// The deposit goes into `vault` for about `shares`.
	Deposit {
		/// The vault the matcher picks.
		vault: VaultId,
		/// Planck of the share token at the current price.
		shares: Amount,
		/// The vault's reported yield, bps per year.
		yield_bps: u32,
	},
	/// The redemption is worth `assets`; `nettable` shares net at once.
	Redeem {
		/// Planck of the vault's asset at the current price.
		assets: Amount,
		/// Shares that would net against open deposit intents.
		nettable: Amount,
	},
	/// The swap receives `receive` for `given` at the reference clearing.
	Swap {
		/// Planck of the wanted asset.
		receive: Amount,
		/// Planck given.
		given: Amount,
	},
}

impl From<Quote> for QuoteInfo {
	fn from(q: Quote) -> Self {
		match q {
			Quote::Deposit { vault, shares, yield_bps } => {
				QuoteInfo::Deposit { vault, shares: Amount(shares), yield_bps }
			},
			Quote::Redeem { assets, nettable } => {
				QuoteInfo::Redeem { assets: Amount(assets), nettable: Amount(nettable) }
			},
			Quote::Swap { receive, given } => {
				QuoteInfo::Swap { receive: Amount(receive), given: Amount(given) }
			},
		}
	}
}

/// The best solution of the open batch so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BestSolutionInfo {
	/// The solver (SS58).
	pub solver: String,
	/// Its surplus in the common valuation unit.
	pub surplus: Amount,
	/// Its fills.
	pub fills: u32,
}

/// The open intents batch (`plexus_currentBatch`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchInfo {
	/// Batch number.
	pub id: u32,
	/// Block it opened in.
	pub opened: BlockNumber,
	/// Block it closes in at the earliest.
	pub closes_at: BlockNumber,
	/// Open intents (all batches).
	pub open_intents: u32,
	/// The best solution submitted so far.
	pub best: Option<BestSolutionInfo>,
	/// A previous batch still settling.
	pub settling: Option<u32>,
}

impl From<BatchSummary<AccountId, BlockNumber>> for BatchInfo {
	fn from(b: BatchSummary<AccountId, BlockNumber>) -> Self {
		Self {
			id: b.id,
			opened: b.opened,
			closes_at: b.closes_at,
			open_intents: b.open_intents,
			best: b.best.map(|(solver, surplus, fills)| BestSolutionInfo {
				solver: ss58(&solver),
				surplus: Amount(surplus),
				fills,
			}),
			settling: b.settling,
		}
	}
}

/// What a gauge steers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum GaugeKindInfo {
	/// A governed vault's allocation to one strategy.
	Allocation {
		/// The vault.
		vault: VaultId,
		/// The strategy.
		strategy: StrategyId,
	},
	/// A share of the PLX emission to a vault's stakers.
	Emission {
		/// The vault.
		vault: VaultId,
	},
}

/// A gauge and its weights (`plexus_gauges`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GaugeInfo {
	/// Gauge id.
	pub id: GaugeId,
	/// `{"allocation": {"vault", "strategy"}}` or `{"emission": {"vault"}}`.
	pub kind: GaugeKindInfo,
	/// `"active"` or `"killed"`.
	pub status: &'static str,
	/// Weight this epoch (final), vote units (`Σ lock·bps·epochs left`).
	pub weight_current: Amount,
	/// Weight next epoch with the votes so far, vote units.
	pub weight_next: Amount,
	/// Share of its group this epoch, parts per billion.
	pub relative_current_ppb: u32,
	/// Share of its group next epoch so far, parts per billion.
	pub relative_next_ppb: u32,
	/// PLX emission of the gauge this epoch, planck (0 for allocation gauges).
	pub emission_current: Amount,
	/// Shares staked (emission gauges), planck.
	pub staked: Amount,
}

impl From<GaugeSummary> for GaugeInfo {
	fn from(g: GaugeSummary) -> Self {
		Self {
			id: g.id,
			kind: match g.kind {
				GaugeKind::Allocation { vault, strategy } => {
					GaugeKindInfo::Allocation { vault, strategy }
				},
				GaugeKind::Emission { vault } => GaugeKindInfo::Emission { vault },
			},
			status: match g.status {
				GaugeStatus::Active => "active",
				GaugeStatus::Killed => "killed",
			},
			weight_current: Amount(g.weight_current),
			weight_next: Amount(g.weight_next),
			relative_current_ppb: g.relative_current.deconstruct(),
			relative_next_ppb: g.relative_next.deconstruct(),
			emission_current: Amount(g.emission_current),
			staked: Amount(g.staked),
		}
	}
}

/// One strategy's share of a governed vault's target allocation (`plexus_allocation`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AllocationInfo {
	/// The strategy.
	pub strategy: StrategyId,
	/// Its allocation gauge.
	pub gauge: GaugeId,
	/// Share of the allocatable assets this epoch, parts per billion.
	pub current_ppb: u32,
	/// Share next epoch with the votes so far, parts per billion.
	pub next_ppb: u32,
}

impl From<AllocationTarget> for AllocationInfo {
	fn from(a: AllocationTarget) -> Self {
		Self {
			strategy: a.strategy,
			gauge: a.gauge,
			current_ppb: a.current.deconstruct(),
			next_ppb: a.next.deconstruct(),
		}
	}
}

/// An encoded-call template: `prefix ++ amount ++ suffix`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CallTemplateInfo {
	/// Hex bytes before the amount.
	pub prefix: String,
	/// `"u128"` or `"compact"`.
	pub amount: &'static str,
	/// Hex bytes after the amount.
	pub suffix: String,
}

impl From<&CallTemplate> for CallTemplateInfo {
	fn from(t: &CallTemplate) -> Self {
		Self {
			prefix: hex(&t.prefix),
			amount: match t.amount {
				AmountEncoding::U128 => "u128",
				AmountEncoding::Compact => "compact",
			},
			suffix: hex(&t.suffix),
		}
	}
}

/// How a strategy works at its destination.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum AdapterInfo {
	/// Stake in an Asset Hub `pallet-asset-rewards` pool.
	AssetRewardsPool {
		/// Index of the pallet at the destination.
		pallet_index: u8,
		/// The pool.
		pool: u32,
	},
	/// Governance-approved call templates.
	EncodedCall {
		/// Called with the amount to allocate.
		allocate: CallTemplateInfo,
		/// Called with the amount to deallocate.
		deallocate: CallTemplateInfo,
	},
}

/// A strategy (`plexus_strategies`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StrategyInfo {
	/// Strategy id.
	pub id: StrategyId,
	/// Its vault.
	pub vault: VaultId,
	/// The hub asset it works with.
	pub asset: AssetId,
	/// `"active"` or `"retired"`.
	pub status: &'static str,
	/// The chain it works on (XCM location, debug notation).
	pub destination: String,
	/// How it works there.
	pub adapter: AdapterInfo,
	/// Debt cap, planck.
	pub cap: Amount,
	/// Value working at the destination, planck.
	pub debt: Amount,
	/// Amount in a program that has not reported back, planck.
	pub in_transit: Amount,
	/// Block of the last report or completed operation.
	pub last_report: BlockNumber,
	/// Epoch of the last rebalance.
	pub last_rebalance: Option<u32>,
	/// Query id of the operation in flight.
	pub operation: Option<u64>,
	/// Annualised yield of the last report, bps per year.
	pub yield_bps: u32,
	/// Whether the last report is too old (deposits into the vault pause).
	pub stale: bool,
	/// Gauge target of a governed vault's strategy, planck.
	pub target: Option<Amount>,
	/// Largest move a report may make, bps of debt.
	pub max_report_change_bps: u16,
	/// Blocks after a report before the strategy is stale.
	pub max_report_age: BlockNumber,
	/// Who reports (SS58 account or XCM location).
	pub report_origin: String,
	/// Fee of one program at the destination, planck of the relay token.
	pub remote_fee: Amount,
	/// Smallest allocation or deallocation, planck of the asset.
	pub min_operation: Amount,
	/// `rebalance` acts only beyond this difference to the target, bps of the target.
	pub rebalance_threshold_bps: u16,
	/// A reported loss beyond the bound waiting for governance, planck (deposits and exits of
	/// the vault wait meanwhile).
	pub held_report: Option<Amount>,
}

impl From<StrategySummary<AccountId, BlockNumber>> for StrategyInfo {
	fn from(s: StrategySummary<AccountId, BlockNumber>) -> Self {
		let strategy = s.strategy;
		let params = strategy.params;
		Self {
			id: s.id,
			vault: params.vault,
			asset: strategy.asset,
			status: match strategy.status {
				StrategyStatus::Active => "active",
				StrategyStatus::Retired => "retired",
			},
			destination: format!("{:?}", params.destination),
			adapter: match &params.adapter {
				Adapter::AssetRewardsPool { pallet_index, pool } => {
					AdapterInfo::AssetRewardsPool { pallet_index: *pallet_index, pool: *pool }
				},
				Adapter::EncodedCall { allocate, deallocate } => AdapterInfo::EncodedCall {
					allocate: allocate.into(),
					deallocate: deallocate.into(),
				},
			},
			cap: Amount(params.cap),
			debt: Amount(strategy.debt),
			in_transit: Amount(strategy.in_transit),
			last_report: strategy.last_report,
			last_rebalance: strategy.last_rebalance,
			operation: strategy.operation,
			yield_bps: strategy.yield_bps,
			stale: s.stale,
			target: s.target.map(Amount),
			max_report_change_bps: params.max_report_change_bps,
			max_report_age: params.max_report_age,
			report_origin: match &params.report_origin {
				ReportOrigin::Account(a) => ss58(a),
				ReportOrigin::Location(l) => format!("{l:?}"),
			},
			remote_fee: Amount(params.remote_fee),
			min_operation: Amount(params.min_operation),
			rebalance_threshold_bps: params.rebalance_threshold_bps,
			held_report: strategy.held_report.map(Amount),
		}
	}
}

/// An XCM operation in flight (`plexus_operations`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OperationInfo {
	/// Its `pallet-xcm` query id.
	pub query_id: u64,
	/// The strategy.
	pub strategy: StrategyId,
	/// `"allocate"` or `"deallocate"`.
	pub kind: &'static str,
	/// Planck of the strategy's asset.
	pub amount: Amount,
	/// Block the program was sent in.
	pub sent_at: BlockNumber,
}

impl From<OperationSummary<BlockNumber>> for OperationInfo {
	fn from(o: OperationSummary<BlockNumber>) -> Self {
		Self {
			query_id: o.query_id,
			strategy: o.operation.strategy,
			kind: match o.operation.kind {
				OperationKind::Allocate => "allocate",
				OperationKind::Deallocate => "deallocate",
			},
			amount: Amount(o.operation.amount),
			sent_at: o.operation.sent_at,
		}
	}
}
