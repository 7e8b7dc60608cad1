// Network (a): on the running parachain, through a collator's RPC,
//   1. the `plexus_` RPC and `VaultsApi` agree on the demo vault;
//   2. //Alice's signed `vaults.deposit(0, 100 USDT, 0)` is included and mints her the shares
//      `VaultsApi.previewDeposit` promised;
//   3. //Alice's and //Bob's opposite swap intents (DOT ⇄ USDT) settle in the batch auction at one
//      price when the batch closes (10 blocks): Alice gets 40 USDT for 10 DOT, Bob's rest waits.
// The network runs the `development` preset (demo vault 0, DOT and USDT for Alice and Bob).
//   node e2e/zombienet/plexus-flows.mjs ws://127.0.0.1:9944
import assert from 'node:assert/strict';
import { ONE_DOT, DOT_ID, DEMO_SHARE_ID, ONE_USDT, USDT_ID, DEMO_VAULT, assetBalance, connect, head, ok, rpc, runMain, send, waitFor } from './lib.mjs';

async function main(uri) {
  const { api, keyring } = await connect(uri);
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');

  // 1. RPC.
  const vaults = await rpc(api, 'plexus_vaults');
  const demo = vaults.find((v) => v.vault === DEMO_VAULT);
  assert.ok(demo, `no demo vault in ${JSON.stringify(vaults)}`);
  const viaApi = (await api.call.vaultsApi.vault(DEMO_VAULT)).unwrap();
  assert.equal(viaApi.totalAssets.toString(), demo.totalAssets, 'plexus_vaults and VaultsApi agree');
  ok(`plexus_vaults answers: vault ${DEMO_VAULT} holds ${demo.totalAssets} planck (VaultsApi agrees)`);

  // 2. A signed deposit.
  const amount = 100n * ONE_USDT;
  const preview = (await api.call.vaultsApi.previewDeposit(DEMO_VAULT, amount)).asOk.toBigInt();
  const sharesBefore = await assetBalance(api, DEMO_SHARE_ID, alice.address);
  const { events, blockHash } = await send(api, api.tx.vaults.deposit(DEMO_VAULT, amount, 0), alice);
  assert.ok(events.some(({ event }) => api.events.vaults.Deposited.is(event)), 'Deposited event');
  const minted = (await assetBalance(api, DEMO_SHARE_ID, alice.address)) - sharesBefore;
  assert.equal(minted, preview, 'the shares previewDeposit promised');
  const inBlock = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  ok(`vaults.deposit(0, 100 USDT) included in #${inBlock}: Alice got ${minted} shares`);

  // 3. Swap intents settle in the batch auction.
  const deadline = (await head(api)) + 1_000;
  const usdtBefore = await assetBalance(api, USDT_ID, alice.address);
  await send(api, api.tx.intents.submitIntent(
    { Swap: { give: [DOT_ID, 10n * ONE_DOT], wantAsset: USDT_ID, minReceive: 40n * ONE_USDT, partialFill: true } }, deadline, null), alice);
  await send(api, api.tx.intents.submitIntent(
    { Swap: { give: [USDT_ID, 60n * ONE_USDT], wantAsset: DOT_ID, minReceive: 10n * ONE_DOT, partialFill: true } }, deadline, null), bob);
  const batch = await api.call.intentsApi.currentBatch();
  ok(`two swap intents in batch ${batch.id} (closes at #${batch.closesAt})`);
  await waitFor('the batch to settle', async () => (await api.call.intentsApi.intentsOf(alice.address)).length === 0, 300);
  const got = (await assetBalance(api, USDT_ID, alice.address)) - usdtBefore;
  assert.equal(got, 40n * ONE_USDT, 'Alice filled at her limit of 4 USDT per DOT');
  const bobs = await api.call.intentsApi.intentsOf(bob.address);
  assert.equal(bobs.length, 1, "Bob's rest is open");
  assert.equal(bobs[0].remaining.toBigInt(), 20n * ONE_USDT, "Bob's rest: 20 USDT");
  ok(`batch ${batch.id} settled at #${await head(api)}: Alice got ${got / ONE_USDT} USDT for 10 DOT; Bob's 20 USDT rest waits`);
  await api.disconnect();
}

runMain(main);
