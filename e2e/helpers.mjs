// What every @polkadot/api script of Plexus shares (the chopsticks tests of `tests/`, the
// two-chain journey of `journey/`, the zombienet checks of `zombienet/`): the chain's ids and
// units, connections, signing and sending, blocks and events, balances. Not a test file itself.
// Values the runtime defines (epoch lengths, lock limits, batch periods...) are read from the
// chain (`api.consts.<pallet>.<name>`), never copied here.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { after, before } from 'node:test';

// ---- ids and units (plexus-primitives' `assets` and `currency`) ----

/** Para ids of Plexus (local networks) and of the relay chain's Asset Hub. */
export const PLEXUS_ID = 2000;
export const ASSET_HUB_ID = 1000;
/** Hub asset ids on Plexus: DOT (the relay token, from Asset Hub) and USDT (Asset Hub's 1984). */
export const DOT_ID = 1;
export const USDT_ID = 1984;
/** Share tokens of vaults: `FIRST_SHARE_ASSET_ID + vault`. */
export const FIRST_SHARE_ASSET_ID = 1_000_000;
export const shareAssetId = (vault) => FIRST_SHARE_ASSET_ID + vault;
/** The demo vault of Plexus' presets (governed, USDT) and its share token. */
export const DEMO_VAULT = 0;
export const DEMO_SHARE_ID = shareAssetId(DEMO_VAULT);

/** One unit in planck: PLX (12 decimals), DOT on Plexus (10), USDT (6), WND on Westend (12). */
export const ONE_PLX = 10n ** 12n;
export const ONE_DOT = 10n ** 10n;
export const ONE_USDT = 10n ** 6n;
export const ONE_WND = 10n ** 12n;

// ---- connections ----

/** The Plexus chain the chopsticks tests and the journey talk to (`PLEXUS_WS`). */
export const PLEXUS_WS = process.env.PLEXUS_WS ?? 'ws://127.0.0.1:8000';

/** An sr25519 keyring with SS58 prefix 42 (dev accounts `//Alice`…). */
export async function keyring() {
  await cryptoWaitReady();
  return new Keyring({ type: 'sr25519', ss58Format: 42 });
}

/**
 * An `ApiPromise` on the chain at `url` (`timeout`: of each RPC request, in ms). With
 * `{ chopsticks: true }` it first waits for block 1, building it if chopsticks has not: a
 * chopsticks chain started from a genesis spec has the runtime's genesis hash only then, and one
 * CI run here that connected earlier saw every signed transaction fail with `badProof`.
 */
export async function apiAt(url, timeout = 120_000, { chopsticks = false } = {}) {
  const provider = new WsProvider(url, 2_500, {}, timeout);
  await provider.isReady;
  for (let i = 0; chopsticks && i < 60; i++) {
    const head = await provider.send('chain_getHeader', []);
    if (parseInt(head.number, 16) >= 1) break;
    if (i === 10) await provider.send('dev_newBlock', [{ count: 1 }]);
    await new Promise((r) => setTimeout(r, 500));
  }
  return ApiPromise.create({ provider, noInitWarn: true });
}

/** `{ api, keyring }` on the chain at `url` (`chopsticks`: see `apiAt`). */
export async function connect(url = PLEXUS_WS, { chopsticks = false, timeout = 120_000 } = {}) {
  const ring = await keyring();
  return { api: await apiAt(url, timeout, { chopsticks }), keyring: ring };
}

// ---- signing and sending ----

/** A dispatch error as `section.Name` (a module error) or its text. */
export const errorName = (api, dispatchError) =>
  dispatchError.isModule
    ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
    : dispatchError.toString();

// Nonces per chain and signer, counted here: right after a block is built chopsticks may answer
// `system_accountNextIndex` from its parent, and on a chain that forks the node may answer from
// a fork that lacks the signer's last transaction; either way that nonce is stale.
const nonces = new WeakMap(); // api → (address → next nonce)
async function nextNonce(api, signer, reset = false) {
  if (!nonces.has(api)) nonces.set(api, new Map());
  const mine = nonces.get(api);
  const chain = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  const nonce = reset ? chain : Math.max(chain, mine.get(signer.address) ?? 0);
  mine.set(signer.address, nonce + 1);
  return nonce;
}

/** The error of a `sudo` call that failed inside its successful extrinsic, or null. */
function sudoError(api, events) {
  for (const { event } of events) {
    if (event.section === 'sudo' && event.method === 'Sudid' && event.data[0].isErr) {
      return `sudo call failed: ${errorName(api, event.data[0].asErr)}`;
    }
  }
  return null;
}

/** Signs and sends `tx` once; resolves `{ events, blockHash }` in a block, rejects otherwise. */
function sendOnce(api, tx, signer, nonce) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    // Immortal: a mortal transaction names a recent block, and on a chain that forks (Asset
    // Hub builds three blocks per relay slot) that block may leave the best chain.
    tx.signAndSend(signer, { era: 0, nonce }, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsub();
        reject(new Error(`dispatch failed: ${errorName(api, dispatchError)}`));
      } else if (status.isInBlock || status.isFinalized) {
        unsub();
        const failed = sudoError(api, events);
        if (failed) reject(new Error(failed));
        else resolve({ events, blockHash: status.isInBlock ? status.asInBlock : status.asFinalized });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub();
        reject(Object.assign(new Error(`transaction ${status.type}`), { retry: true, hash: tx.hash.toHex() }));
      }
    }).then((u) => { unsub = u; }, reject);
  });
}

/**
 * The transaction `hash` in the last `depth` blocks of the best chain: `{ events, blockHash }`
 * (its own events), or null. Rejects if it failed.
 */
async function findIncluded(api, hash, depth = 30) {
  let blockHash = (await api.rpc.chain.getHeader()).hash;
  for (let i = 0; i < depth; i++) {
    const { block } = await api.rpc.chain.getBlock(blockHash);
    const index = block.extrinsics.findIndex((x) => x.hash.toHex() === hash);
    if (index >= 0) {
      const all = await (await api.at(blockHash)).query.system.events();
      const events = all.filter(({ phase }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index);
      const failed = events.find(({ event }) => api.events.system.ExtrinsicFailed.is(event));
      if (failed) throw new Error(`dispatch failed: ${errorName(api, failed.event.data[0])}`);
      return { events, blockHash };
    }
    if (block.header.number.toNumber() === 0) break;
    blockHash = block.header.parentHash;
  }
  return null;
}

/**
 * Signs and sends `tx`; resolves `{ events, blockHash }` once it is in a block; rejects (naming
 * `section.method`) on a dispatch error, including a `sudo` call's. When the pool reports the
 * transaction invalid or dropped (Asset Hub's fork-aware pool does so for a transaction a
 * competing fork included), it is looked for in the best chain; if it is not there, it is
 * signed again with the chain's nonce and sent again (up to 3 times), as a wallet would.
 */
export async function send(api, tx, signer) {
  const name = `${tx.method.section}.${tx.method.method}`;
  if (process.env.JOURNEY_TRACE) console.error(`  > ${name} by ${signer.address.slice(0, 6)}`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendOnce(api, tx, signer, await nextNonce(api, signer, attempt > 1));
    } catch (e) {
      if (!e.retry) throw new Error(`${name}: ${e.message}`);
      await new Promise((r) => setTimeout(r, 6_000));
      const included = await findIncluded(api, e.hash).catch((err) => { throw new Error(`${name}: ${err.message}`); });
      if (included) return included;
      if (attempt === 3) throw new Error(`${name}: ${e.message}`);
      console.log(`  ${name}: ${e.message}, sending again (attempt ${attempt + 1})`);
    }
  }
}

// ---- blocks and events ----

/** The best block number. */
export const head = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

/** Builds `count` blocks (chopsticks only). */
export const newBlocks = (api, count = 1) => api.rpc('dev_newBlock', { count });

/**
 * Polls `check` (an async predicate) every `every` ms until it returns a truthy value (returned)
 * or `seconds` pass (throws, naming `what`). On chopsticks, `nudge` lists chains to build a
 * block on every 2 s (messages between chains are processed in new blocks).
 */
export async function waitFor(what, check, { seconds = 120, every = 250, nudge = [] } = {}) {
  const until = Date.now() + seconds * 1000;
  let last = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    if (nudge.length && Date.now() - last > 2_000) {
      for (const api of nudge) await newBlocks(api, 1);
      last = Date.now();
    }
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Events of the block at `hash` (default: best). */
export async function eventsAt(api, hash) {
  const at = hash ? await api.at(hash) : await api.at(await api.rpc.chain.getBlockHash());
  return (await at.query.system.events()).map(({ event }) => event);
}

/** Events of blocks `from..=to` (block numbers), each `{ block, event }`. */
export async function eventsBetween(api, from, to) {
  const out = [];
  for (let n = from; n <= to; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    for (const event of await eventsAt(api, hash)) out.push({ block: n, event });
  }
  return out;
}

/** The events `section.method` of `sent` (what `send` resolved with, or a list of events). */
export const find = (sent, section, method) =>
  (sent.events ?? sent).map((r) => r.event ?? r).filter((e) => e.section === section && e.method === method);

// ---- balances ----

/** Balance of asset `id` of `who` in `pallet-assets` (0 without an account). */
export async function assetBalance(api, id, who) {
  const account = await api.query.assets.account(id, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

/** Free native balance of `who`. */
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

// ---- node:test suites ----

/**
 * The chain under test of a `node:test` file: connects before its tests (to `PLEXUS_WS`, a
 * chopsticks chain) and disconnects after them. Returns `{ api, keyring }`, filled in `before`.
 */
export function chainUnderTest(url = PLEXUS_WS) {
  const chain = {};
  before(async () => Object.assign(chain, await connect(url, { chopsticks: true })));
  after(async () => chain.api?.disconnect());
  return chain;
}
