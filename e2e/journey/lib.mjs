// Helpers of the multi-chain journey (`journey.test.mjs`): connections to Plexus and Asset Hub
// under chopsticks, transactions, block building and fast-forward, XCM shapes, balances.
import { apiAt } from '../tests/helpers.mjs';
import { Keyring } from '@polkadot/keyring';
import { bnToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';

/** Plexus' and Asset Hub's endpoints (`scripts/devnet.sh --with-asset-hub`). */
export const PLEXUS_WS = process.env.PLEXUS_WS ?? 'ws://127.0.0.1:8000';
export const ASSET_HUB_WS = process.env.ASSET_HUB_WS ?? 'ws://127.0.0.1:8001';

export const PLEXUS_ID = 2000;
export const ASSET_HUB_ID = 1000;
/** USDT: asset 1984 on Asset Hub and hub asset 1984 on Plexus, 6 decimals. */
export const USDT_ID = 1984;
export const USDT = 1_000_000n;
/** WND (Asset Hub's relay token, Plexus' hub asset 1 "DOT"), 12 decimals. */
export const WND = 1_000_000_000_000n;
export const DOT_ID = 1;
/** PLX, 12 decimals. */
export const PLX = 1_000_000_000_000n;
/** The demo vault of Plexus' presets (governed, USDT) and its share token. */
export const VAULT = 0;
export const SHARE_ASSET = 1_000_000 + VAULT;

/** Locations as Asset Hub sees them. */
export const WND_ON_AH = { parents: 1, interior: 'Here' };
export const USDT_ON_AH = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: USDT_ID }] } };
export const PLEXUS_FROM_AH = { parents: 1, interior: { X1: [{ Parachain: PLEXUS_ID }] } };
/** Asset Hub as Plexus sees it. */
export const AH_FROM_PLEXUS = { parents: 1, interior: { X1: [{ Parachain: ASSET_HUB_ID }] } };

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
  const deposit = plexus.tx.vaults.deposit(VAULT, amount, 1n).method.toHex();
  return [
    { WithdrawAsset: [asset(USDT_ON_AH, amount), asset(WND_ON_AH, WND)] },
    { PayFees: { asset: asset(WND_ON_AH, WND / 10n) } },
    {
      InitiateTransfer: {
        destination: PLEXUS_FROM_AH,
        remoteFees: { ReserveDeposit: { Definite: [asset(WND_ON_AH, WND / 2n)] } },
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
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  // Asset Hub's blocks take seconds under chopsticks: generous request timeouts.
  const [plexus, assetHub] = await Promise.all([apiAt(PLEXUS_WS, 600_000), apiAt(ASSET_HUB_WS, 600_000)]);
  return { plexus, assetHub, keyring };
}

// Nonces per chain and signer, counted here: right after a block is built, chopsticks may still
// answer `system_accountNextIndex` from its parent (the transaction is then `stale`).
const nonces = new WeakMap(); // api → (address → next nonce)
async function nextNonce(api, signer) {
  if (!nonces.has(api)) nonces.set(api, new Map());
  const key = nonces.get(api);
  if (!key.has(signer.address)) key.set(signer.address, (await api.rpc.system.accountNextIndex(signer.address)).toNumber());
  const nonce = key.get(signer.address);
  key.set(signer.address, nonce + 1);
  return { key, nonce };
}

/** Signs and sends `tx`; resolves with its events once in a block, rejects on a dispatch error. */
export async function send(api, tx, signer) {
  const { key, nonce } = await nextNonce(api, signer);
  if (process.env.JOURNEY_TRACE) console.error(`  > ${tx.method.section}.${tx.method.method} by ${signer.address.slice(0, 6)} (nonce ${nonce})`);
  return new Promise((resolve, reject) => {
    const fail = (e) => {
      key.delete(signer.address); // re-read it next time
      reject(e);
    };
    tx.signAndSend(signer, { nonce }, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        const msg = dispatchError.isModule
          ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
          : dispatchError.toString();
        reject(new Error(`${tx.method.section}.${tx.method.method} failed: ${msg}`));
      } else if (status.isInBlock || status.isFinalized) {
        // A `sudo` or `utility` call may fail inside a successful extrinsic.
        for (const { event } of events) {
          if (event.section === 'sudo' && event.method === 'Sudid' && event.data[0].isErr) {
            const err = event.data[0].asErr;
            const name = err.isModule
              ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(err.asModule))
              : err.toString();
            reject(new Error(`sudo call failed: ${name}`));
            return;
          }
        }
        resolve(events);
      }
    }).catch((e) => fail(new Error(`${tx.method.section}.${tx.method.method}: ${e.message}`)));
  });
}

export const head = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

/** Builds `count` blocks. */
export const newBlocks = (api, count = 1) => api.rpc('dev_newBlock', { count });

/** Events of the block at `hash` (default: best). */
export async function eventsAt(api, hash) {
  const at = hash ? await api.at(hash) : await api.at(await api.rpc.chain.getBlockHash());
  return (await at.query.system.events()).map(({ event }) => event);
}

/** Events of blocks `from..=to` (block numbers). */
export async function eventsBetween(api, from, to) {
  const out = [];
  for (let n = from; n <= to; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    for (const event of await eventsAt(api, hash)) out.push({ block: n, event });
  }
  return out;
}

/**
 * Polls `check` (an async predicate) every 250 ms for up to `seconds`, building a block on
 * each chain in `nudge` every 2 s (messages between the chains are processed in new blocks;
 * chopsticks builds one on its own when a message arrives, this only covers its races).
 */
export async function waitFor(what, check, { seconds = 120, nudge = [] } = {}) {
  const until = Date.now() + seconds * 1000;
  let last = Date.now();
  while (Date.now() < until) {
    const value = await check();
    if (value) return value;
    if (Date.now() - last > 2_000) {
      for (const api of nudge) await newBlocks(api, 1);
      last = Date.now();
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
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

/** Balance of a `pallet-assets` asset (0 if none). */
export async function assetBalance(api, id, who) {
  const account = await api.query.assets.account(id, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

/** Free native balance. */
export async function freeBalance(api, who) {
  return (await api.query.system.account(who)).data.free.toBigInt();
}

/** Formats planck with `decimals` as a decimal string with up to 4 fraction digits. */
export function fmt(amount, decimals) {
  const neg = amount < 0n;
  const a = neg ? -amount : amount;
  const unit = 10n ** BigInt(decimals);
  const whole = a / unit;
  const frac = (a % unit).toString().padStart(decimals, '0').slice(0, 4).replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole.toLocaleString('en-US')}${frac ? '.' + frac : ''}`;
}
export const usdt = (a) => `${fmt(a, 6)} USDT`;
export const wnd = (a) => `${fmt(a, 12)} WND`;

/** The events of `section.method` in `events` (from `send`). */
export const find = (events, section, method) =>
  events.map((r) => r.event ?? r).filter((e) => e.section === section && e.method === method);
