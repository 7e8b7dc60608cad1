// Shared helpers of the e2e tests (not a test file itself).
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** The chain under test: `PLEXUS_WS`, by default the devnet of `scripts/devnet.sh`. */
export const WS = process.env.PLEXUS_WS ?? 'ws://127.0.0.1:8000';

/**
 * An `ApiPromise` on the chopsticks chain at `url`. A chopsticks chain started from a genesis
 * spec is ready once it has block 1 (its genesis hash is then the runtime's `BlockHash(0)`).
 * One CI run here connected earlier and every signed transaction failed with `badProof`, so
 * this waits for block 1 (building it if chopsticks has not) before polkadot.js reads the
 * genesis hash it signs with. `timeout`: of each RPC request, in ms.
 */
export async function apiAt(url, timeout) {
  const provider = new WsProvider(url, 2_500, {}, timeout);
  await provider.isReady;
  for (let i = 0; i < 60; i++) {
    const head = await provider.send('chain_getHeader', []);
    if (parseInt(head.number, 16) >= 1) break;
    if (i === 10) await provider.send('dev_newBlock', [{ count: 1 }]);
    await new Promise((r) => setTimeout(r, 500));
  }
  return ApiPromise.create({ provider, noInitWarn: true });
}

/** Connects to the chain; returns `{ api, keyring }` (sr25519, SS58 prefix 42). */
export async function connect() {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return { api: await apiAt(WS), keyring };
}

/** Signs and sends `tx`; resolves with its events once in a block, rejects on a dispatch error. */
export function sendAndWait(api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        const msg = dispatchError.isModule
          ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
          : dispatchError.toString();
        reject(new Error(`dispatch failed: ${msg}`));
      } else if (status.isInBlock || status.isFinalized) {
        resolve(events);
      }
    }).catch(reject);
  });
}
