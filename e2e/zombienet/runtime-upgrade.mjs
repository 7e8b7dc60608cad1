// Network (a): a runtime upgrade of the running parachain.
//   1. governance authorizes the new code's hash (`system.authorizeUpgrade`, Root: the local
//      chain's sudo, see zombienet/README.md for why not a root-track referendum here) and anyone
//      applies it (`system.applyAuthorizedUpgrade(code)`): parachain-system stores it and tells
//      the relay chain (`parachainSystem.ValidationFunctionStored`);
//   2. the relay chain pre-checks the code, and after its upgrade delay signals the go-ahead in
//      a block's validation data: the parachain applies it (`ValidationFunctionApplied`);
//   3. `state_getRuntimeVersion` shows the new `spec_version`, and blocks keep coming.
//   node e2e/zombienet/runtime-upgrade.mjs ws://127.0.0.1:9944 [next.compact.compressed.wasm]
// The blob defaults to PLEXUS_NEXT_RUNTIME (zombienet/run.sh builds it: `plexus_next_runtime_wasm`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { blake2AsHex } from '@polkadot/util-crypto';
import { connect, head, ok, runMain, send, waitFor } from './lib.mjs';

async function main(uri, wasmPath = process.env.PLEXUS_NEXT_RUNTIME) {
  assert.ok(wasmPath, 'the new runtime: an argument or PLEXUS_NEXT_RUNTIME');
  const { api, keyring } = await connect(uri);
  const alice = keyring.addFromUri('//Alice');
  const code = readFileSync(wasmPath);
  const hash = blake2AsHex(code, 256);
  const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
  const maxCodeSize = (await api.query.parachainSystem.hostConfiguration()).unwrap().maxCodeSize.toNumber();
  assert.ok(code.length <= maxCodeSize, `the code (${code.length} B) fits the relay chain's max_code_size (${maxCodeSize} B)`);
  ok(`spec_version ${before}; new code ${code.length} B (relay chain's limit ${maxCodeSize} B), hash ${hash}`);

  const authorized = await send(api, api.tx.sudo.sudo(api.tx.system.authorizeUpgrade(hash)), alice);
  assert.ok(authorized.events.some(({ event }) => api.events.system.UpgradeAuthorized.is(event)), 'UpgradeAuthorized');
  const { events } = await send(api, api.tx.system.applyAuthorizedUpgrade(`0x${code.toString('hex')}`), alice);
  assert.ok(events.some(({ event }) => api.events.parachainSystem.ValidationFunctionStored.is(event)), 'ValidationFunctionStored');
  const stored = await head(api);
  ok(`upgrade authorized and applied at #${stored}: the code waits for the relay chain's go-ahead`);

  const started = Date.now();
  const upgradedAt = await waitFor('the new spec_version', async () => {
    const v = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
    return v > before ? await head(api) : null;
  }, 600);
  const after = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
  assert.equal(after, before + 1, 'spec_version + 1');
  ok(`spec_version ${after} from #${upgradedAt} (${Math.round((Date.now() - started) / 1000)} s after the code was stored)`);

  await waitFor('5 more blocks under the new runtime', async () => (await head(api)) >= upgradedAt + 5, 300);
  ok(`blocks continue under spec_version ${after}: #${await head(api)}`);
  await api.disconnect();
}

runMain(main);
