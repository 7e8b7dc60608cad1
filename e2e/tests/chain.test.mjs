// End-to-end test of a running Plexus chain (chopsticks from `scripts/devnet.sh`, or a node),
// driven with @polkadot/api as polkadot.js apps drives it.
//
//   PLEXUS_WS=ws://127.0.0.1:8000 node --test tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOT_ID, ONE_PLX, PLEXUS_ID, USDT_ID, chainUnderTest, send } from '../helpers.mjs';
import { mnemonicGenerate } from '@polkadot/util-crypto';

const chain = chainUnderTest();
const sendAndWait = async (tx, signer) => (await send(chain.api, tx, signer)).events;

test('the runtime is Plexus, with its name, version and token', async () => {
  const { api } = chain;
  const version = api.runtimeVersion;
  assert.equal(version.specName.toString(), 'plexus');
  assert.equal(version.specVersion.toNumber(), 1009);
  const props = api.registry.getChainProperties();
  assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'PLX');
  assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 12);
  const paraId = await api.query.parachainInfo.parachainId();
  assert.equal(paraId.toNumber(), PLEXUS_ID);
});

test('the metadata has the pallets of the foundation', async () => {
  const { api } = chain;
  const pallets = api.runtimeMetadata.asLatest.pallets.map((p) => p.name.toString());
  for (const name of [
    'System', 'ParachainSystem', 'Timestamp', 'ParachainInfo', 'WeightReclaim',
    'Balances', 'TransactionPayment', 'Assets',
    'Authorship', 'CollatorSelection', 'Session', 'Aura', 'AuraExt',
    'XcmpQueue', 'PolkadotXcm', 'CumulusXcm', 'MessageQueue',
    'Utility', 'Proxy', 'Multisig',
    'Preimage', 'Scheduler', 'Referenda', 'ConvictionVoting', 'Whitelist', 'Origins', 'Treasury',
    'Sudo',
  ]) {
    assert.ok(pallets.includes(name), `pallet ${name} is in the metadata`);
  }
});

test('DOT and USDT are registered hub assets', async () => {
  const { api } = chain;
  const usdt = await api.query.assets.metadata(USDT_ID);
  assert.equal(usdt.symbol.toUtf8(), 'USDT');
  assert.equal(usdt.decimals.toNumber(), 6);
  const dot = await api.query.assets.metadata(DOT_ID);
  assert.equal(dot.symbol.toUtf8(), 'DOT');
  assert.equal(dot.decimals.toNumber(), 10);
});

test('the XCM payment API accepts PLX, DOT and USDT for fees', async () => {
  const { api } = chain;
  const result = await api.call.xcmPaymentApi.queryAcceptablePaymentAssets(5);
  assert.ok(result.isOk, result.toString());
  assert.equal(result.asOk.length, 3);
});

test('a signed transfer from //Alice succeeds', async () => {
  const { api, keyring } = chain;
  const alice = keyring.addFromUri('//Alice');
  const dest = keyring.addFromMnemonic(mnemonicGenerate()).address;
  const amount = 5n * ONE_PLX;
  const before = (await api.query.system.account(alice.address)).data.free.toBigInt();

  const events = await sendAndWait(api.tx.balances.transferKeepAlive(dest, amount), alice);

  assert.ok(events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event)));
  assert.ok(events.some(({ event }) => api.events.balances.Transfer.is(event)));
  const received = (await api.query.system.account(dest)).data.free.toBigInt();
  assert.equal(received, amount);
  const after = (await api.query.system.account(alice.address)).data.free.toBigInt();
  assert.ok(before - after > amount, 'Alice paid the amount and a fee');
});
