// Intents end to end: //Alice and //Bob submit swap intents on DOT/USDT, the batch closes and
// settles (chopsticks builds the blocks), and the chain shows the fills at one price, the
// open batch and a quote through `IntentsApi`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOT_ID, ONE_DOT, ONE_USDT, USDT_ID, assetBalance, chainUnderTest, send } from '../helpers.mjs';

const chain = chainUnderTest();
const sendAndWait = async (tx, signer) => (await send(chain.api, tx, signer)).events;

const usdtOf = (who) => assetBalance(chain.api, USDT_ID, who);

test('swap intents submitted to the open batch settle at one price when it closes', async () => {
  const { api, keyring } = chain;
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const batch = await api.call.intentsApi.currentBatch();
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const deadline = head + 1_000;

  const quote = await api.call.intentsApi.quote({
    Swap: { give: [DOT_ID, 10n * ONE_DOT], wantAsset: USDT_ID, minReceive: 40n * ONE_USDT, partialFill: true },
  });
  assert.ok(quote.isErr && quote.asErr.isNoCounterparty, 'nobody buys DOT yet');

  const before = await usdtOf(alice.address);
  const submitted = await sendAndWait(
    api.tx.intents.submitIntent(
      { Swap: { give: [DOT_ID, 10n * ONE_DOT], wantAsset: USDT_ID, minReceive: 40n * ONE_USDT, partialFill: true } },
      deadline,
      null,
    ),
    alice,
  );
  assert.ok(submitted.some(({ event }) => api.events.intents.IntentSubmitted.is(event)));
  await sendAndWait(
    api.tx.intents.submitIntent(
      { Swap: { give: [USDT_ID, 60n * ONE_USDT], wantAsset: DOT_ID, minReceive: 10n * ONE_DOT, partialFill: true } },
      deadline,
      null,
    ),
    bob,
  );
  const mine = await api.call.intentsApi.intentsOf(alice.address);
  assert.equal(mine.length, 1);
  assert.equal(mine[0].remaining.toBigInt(), 10n * ONE_DOT, 'escrowed, not settled yet');
  const open = await api.call.intentsApi.currentBatch();
  assert.equal(open.id.toNumber(), batch.id.toNumber());

  // Build blocks until the batch closes and settles.
  const closesAt = open.closesAt.toNumber();
  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  await api.rpc('dev_newBlock', { count: Math.max(closesAt - now + 1, 1) });

  const after = await api.call.intentsApi.currentBatch();
  assert.ok(after.id.toNumber() > batch.id.toNumber(), 'a new batch is open');
  assert.ok(after.settling.isNone, 'the old one settled');
  assert.equal((await api.call.intentsApi.intentsOf(alice.address)).length, 0, 'Alice was filled');
  assert.equal(await usdtOf(alice.address) - before, 40n * ONE_USDT, 'at her limit of 4 USDT per DOT');
  const bobs = await api.call.intentsApi.intentsOf(bob.address);
  assert.equal(bobs.length, 1);
  assert.equal(bobs[0].remaining.toBigInt(), 20n * ONE_USDT, "Bob's rest waits for the next batch");
});
