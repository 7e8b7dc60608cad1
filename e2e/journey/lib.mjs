// Helpers of the multi-chain journey (`journey.test.mjs`): connections to Plexus and Asset Hub
// under chopsticks, transactions, block building and fast-forward, XCM shapes, balances.
// What every script shares (ids, units, connections, `send`, blocks, balances) is in
// `../helpers.mjs`, re-exported here; this file adds what is about the two chains together.
import { bnToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { apiAt, keyring, head, newBlocks, fmt, ASSET_HUB_ID, PLEXUS_ID, PLEXUS_WS, USDT_ID, ONE_USDT, ONE_WND, DEMO_VAULT } from '../helpers.mjs';

export * from '../helpers.mjs';

/** Asset Hub's endpoint (`scripts/devnet.sh --with-asset-hub`); Plexus' is `PLEXUS_WS`. */
export const ASSET_HUB_WS = process.env.ASSET_HUB_WS ?? 'ws://127.0.0.1:8001';

/** Locations as Asset Hub sees them. */
export const WND_ON_AH = { parents: 1, interior: 'Here' };
export const USDT_ON_AH = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: USDT_ID }] } };
export const PLEXUS_FROM_AH = { parents: 1, interior: { X1: [{ Parachain: PLEXUS_ID }] } };
/** Asset Hub as Plexus sees it. */
export const AH_FROM_PLEXUS = { parents: 1, interior: { X1: [{ Parachain: ASSET_HUB_ID }] } };

/** Index of `pallet-asset-rewards` in Asset Hub Westend's runtime. */
export const AH_ASSET_REWARDS_INDEX = 61;

/**
 * The parameters of the demo vault's strategy staking USDT in Asset Hub's asset-rewards pool
 * `pool` (`plexus`: an API on Plexus, for its epoch length), reported by `reporter`: capped at
 * 1 000 000 USDT, reports move the value by at most 10% and are due every 4 epochs, remote fees
 * paid in WND, no dust operations (each pays a remote fee), no rebalance for a difference under
 * 1%.
 */
export function assetRewardsStrategy(plexus, pool, reporter) {
  return {
    vault: DEMO_VAULT,
    destination: AH_FROM_PLEXUS,
    adapter: { AssetRewardsPool: { palletIndex: AH_ASSET_REWARDS_INDEX, pool } },
    cap: 1_000_000n * ONE_USDT,
    maxReportChangeBps: 1_000,
    maxReportAge: 4 * plexus.consts.gauges.epochLength.toNumber(),
    reportOrigin: { Account: reporter.address },
    remoteFee: ONE_WND,
    minOperation: ONE_USDT,
    rebalanceThresholdBps: 100,
  };
}

/** An account as an XCM beneficiary. */
export const accountLocation = (pair) => ({
  parents: 0,
  interior: { X1: [{ AccountId32: { network: null, id: u8aToHex(pair.publicKey) } }] },
});

/** A fungible asset in XCM v5. */
export const asset = (id, amount) => ({ id, fun: { Fungible: amount } });

/**
 * The XCM program `who` executes on Asset Hub to deposit `amount` of USDT into the vault on
 * Plexus in one go: withdraw USDT and WND on Asset Hub, reserve-transfer them to Plexus keeping
 * `who` as the origin, and there alias to `who`, deposit the assets to them and `Vaults::deposit`
 * as them (`plexus`: an API on Plexus, to encode the call); the surplus comes back to `who`.
 */
export function depositFromAssetHub(plexus, who, amount) {
  const deposit = plexus.tx.vaults.deposit(DEMO_VAULT, amount, 1n).method.toHex();
  return [
    { WithdrawAsset: [asset(USDT_ON_AH, amount), asset(WND_ON_AH, ONE_WND)] },
    { PayFees: { asset: asset(WND_ON_AH, ONE_WND / 10n) } },
    {
      InitiateTransfer: {
        destination: PLEXUS_FROM_AH,
        remoteFees: { ReserveDeposit: { Definite: [asset(WND_ON_AH, ONE_WND / 2n)] } },
        preserveOrigin: true,
        assets: [{ ReserveDeposit: { Definite: [asset(USDT_ON_AH, amount)] } }],
        remoteXcm: [
          { AliasOrigin: accountLocation(who) },
          { DepositAsset: { assets: { Wild: { AllCounted: 2 } }, beneficiary: accountLocation(who) } },
          { Transact: { originKind: 'SovereignAccount', fallbackMaxWeight: null, call: { encoded: deposit } } },
          { ExpectTransactStatus: { Success: null } },
        ],
      },
    },
    'RefundSurplus',
    { DepositAsset: { assets: { Wild: { AllCounted: 1 } }, beneficiary: accountLocation(who) } },
  ];
}

/** Plexus' sovereign account on its siblings: `sibl` ++ para id (LE) ++ zeros. */
export const plexusSovereignOnAssetHub = () =>
  encodeAddress(u8aConcat(stringToU8a('sibl'), bnToU8a(PLEXUS_ID, { bitLength: 32, isLe: true }), new Uint8Array(24)), 42);

/** A pallet's account on Plexus: `modl` ++ PalletId ++ zeros. */
export const palletAccount = (palletId) =>
  encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a(palletId), new Uint8Array(20)), 42);

/** `{ plexus, assetHub, keyring }`. */
export async function connectBoth() {
  const ring = await keyring();
  // Asset Hub's blocks take seconds under chopsticks: generous request timeouts.
  const [plexus, assetHub] = await Promise.all([
    apiAt(PLEXUS_WS, 600_000, { chopsticks: true }),
    apiAt(ASSET_HUB_WS, 600_000, { chopsticks: true }),
  ]);
  return { plexus, assetHub, keyring: ring };
}

/** Blocks after `now` with scheduled tasks, ascending. */
async function scheduledBlocks(api, now) {
  return (await api.query.scheduler.agenda.entries())
    .filter(([, agenda]) => agenda.some((t) => t.isSome))
    .map(([key]) => key.args[0].toNumber())
    .filter((when) => when > now)
    .sort((a, b) => a - b);
}

/**
 * Fast-forwards a chain with `pallet-scheduler` (Plexus) to block `target` with chopsticks'
 * `unsafeBlockHeight`, stopping at every block that has scheduled tasks on the way so that
 * they run at their block, as they would have. Each jump builds one block at the new height;
 * the scheduler is told to resume there (`IncompleteSince`), or it would walk every skipped,
 * empty agenda over many blocks.
 */
export async function jumpTo(api, target) {
  for (let i = 0; i < 100; i++) {
    const now = await head(api);
    if (now >= target) return;
    const next = (await scheduledBlocks(api, now)).find((when) => when < target) ?? target;
    if (next === now + 1) {
      await newBlocks(api, 1);
      continue;
    }
    const key = api.query.scheduler.incompleteSince.key();
    await api.rpc('dev_setStorage', [[key, u8aToHex(api.createType('u32', next).toU8a())]]);
    await api.rpc('dev_newBlock', { count: 1, unsafeBlockHeight: next });
  }
  throw new Error(`jumpTo(${target}): more than 100 stops`);
}

/** Amounts as text. */
export const usdt = (a) => `${fmt(a, 6)} USDT`;
export const wnd = (a) => `${fmt(a, 12)} WND`;
