// Checks a running `plexus-node --dev` (scripts/check-node.sh starts it): blocks are produced,
// a `plexus_` RPC method and a runtime API answer and agree, and a bad request is a JSON-RPC
// error. Not part of tests/ (which run against chopsticks in CI): it needs the built node.
import assert from 'node:assert/strict';
import { DEMO_VAULT, PLEXUS_WS, apiAt } from './helpers.mjs';

const TARGET_BLOCK = 3;
const api = await apiAt(PLEXUS_WS);
const provider = api._rpcCore.provider;
console.log(`connected to ${PLEXUS_WS}: ${(await api.rpc.system.chain()).toString()} ` +
  `(${(await api.rpc.system.version()).toString()})`);

// Blocks: wait for block TARGET_BLOCK (the dev node seals on its own, no relay chain).
const reached = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no block ${TARGET_BLOCK} within 120 s`)), 120_000);
  let unsubscribe;
  api.rpc.chain.subscribeNewHeads((header) => {
    const n = header.number.toNumber();
    console.log(`block #${n} ${header.hash.toHex()}`);
    if (n >= TARGET_BLOCK) {
      clearTimeout(timer);
      unsubscribe?.();
      resolve(n);
    }
  }).then((u) => { unsubscribe = u; }, reject);
});
assert.ok(reached >= TARGET_BLOCK);

// The `plexus_` RPC: the demo vault of the development preset.
const vaults = await provider.send('plexus_vaults', []);
assert.ok(Array.isArray(vaults) && vaults.length >= 1, 'the development preset has a vault');
const demo = vaults.find((v) => v.vault === DEMO_VAULT);
assert.ok(demo, 'vault 0 (the demo vault) is listed');
assert.equal(typeof demo.totalAssets, 'string', 'amounts are decimal strings');
console.log(`plexus_vaults: vault 0 ${demo.kind} asset ${demo.asset}, totalAssets ${demo.totalAssets}, ` +
  `sharePrice ${demo.sharePrice}`);

// The same vault through the runtime API, as polkadot.js apps calls it.
const viaApi = await api.call.vaultsApi.vault(DEMO_VAULT);
assert.ok(viaApi.isSome, 'VaultsApi.vault(0) answers');
assert.equal(viaApi.unwrap().totalAssets.toString(), demo.totalAssets, 'RPC and runtime API agree');
console.log(`VaultsApi.vault(0): totalAssets ${viaApi.unwrap().totalAssets.toString()}`);

// The open intents batch, and an error mapped to a JSON-RPC error.
const batch = await provider.send('plexus_currentBatch', []);
console.log(`plexus_currentBatch: ${JSON.stringify(batch)}`);
await assert.rejects(provider.send('plexus_vault', [999]), /vault 999 does not exist/);
console.log('plexus_vault(999): error "vault 999 does not exist", as expected');

await api.disconnect();
console.log('node check passed');
