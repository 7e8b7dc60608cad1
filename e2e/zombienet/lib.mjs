// Helpers of the checks that zombienet runs on a live network (`zombienet/tests/*.zndsl` call
// them through `zombienet/tests/e2e.js`). Unlike the chopsticks tests, blocks come at the
// network's pace: every wait polls with a deadline.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

export const DOT_ID = 1;
export const USDT_ID = 1984;
export const DOT = 10_000_000_000n;
export const USDT = 1_000_000n;
export const VAULT = 0;
export const SHARE_ASSET = 1_000_000 + VAULT;

/** `ApiPromise` on the node at `uri` and an sr25519 keyring (SS58 42). */
export async function connect(uri) {
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(uri, 2_500, {}, 120_000), noInitWarn: true });
  return { api, keyring: new Keyring({ type: 'sr25519', ss58Format: 42 }) };
}

/** The module error of a dispatch error, as `section.Name`. */
export const errorName = (api, dispatchError) =>
  dispatchError.isModule
    ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
    : dispatchError.toString();

// Nonces per chain and signer, counted here: on a chain that forks, `system_accountNextIndex`
// may answer from a fork that lacks the signer's last transaction, and a transaction signed with
// that nonce is invalid on the best chain.
const nonces = new WeakMap(); // api → (address → next nonce)
async function nextNonce(api, signer, reset = false) {
  if (!nonces.has(api)) nonces.set(api, new Map());
  const mine = nonces.get(api);
  const chain = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  const nonce = reset ? chain : Math.max(chain, mine.get(signer.address) ?? 0);
  mine.set(signer.address, nonce + 1);
  return nonce;
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
      } else if (status.isInBlock) {
        unsub();
        resolve({ events, blockHash: status.asInBlock });
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
 * Signs and sends `tx` (`section.method` named in errors); resolves `{ events, blockHash }` once
 * in a block; rejects on a dispatch error. When the pool reports the transaction invalid or
 * dropped (Asset Hub's fork-aware pool does so for a transaction a competing fork included),
 * it is looked for in the best chain; if it is not there, it is signed again with the best
 * chain's nonce and sent again (up to 3 times), as a wallet would.
 */
export async function send(api, tx, signer) {
  const name = `${tx.method.section}.${tx.method.method}`;
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

/** The best block number. */
export const head = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

/** Polls `check` every 2 s until it returns a truthy value (returned) or `seconds` pass (throws). */
export async function waitFor(what, check, seconds = 300) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

/** Balance of asset `id` of `who` in `pallet-assets` (0 without an account). */
export async function assetBalance(api, id, who) {
  const account = await api.query.assets.account(id, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

/** A JSON-RPC call through the API's provider (for `plexus_` methods, which it does not decorate). */
export const rpc = (api, method, params = []) => api._rpcCore.provider.send(method, params);

/** Runs `main(...process.argv.slice(2))`, prints its failure and sets the exit code. */
export function runMain(main) {
  main(...process.argv.slice(2)).then(
    () => process.exit(0),
    (e) => {
      console.error(`✗ ${e.stack ?? e}`);
      process.exit(1);
    },
  );
}

/** Prints a step's result the way zombienet's log shows them. */
export const ok = (msg) => console.log(`✓ ${msg}`);
