// Gauges end to end: governance (sudo on the development chain) creates the emission gauge of
// the demo vault, //Dave locks PLX and reads his voting power through `GaugesApi`, and a vote
// with a lock made in the same epoch is refused (a flash lock cannot vote).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_VAULT, ONE_PLX, chainUnderTest, send } from '../helpers.mjs';

const chain = chainUnderTest();
const sendAndWait = async (tx, signer) => (await send(chain.api, tx, signer)).events;

test('PLX locked for the longest time has its full amount as voting power, and votes next epoch', async () => {
  const { api, keyring } = chain;
  const alice = keyring.addFromUri('//Alice');
  const dave = keyring.addFromUri('//Dave');
  const epoch = (await api.call.gaugesApi.currentEpoch()).toNumber();
  const maxLock = api.consts.gauges.maxLockEpochs.toNumber();

  const gauge = (await api.query.gauges.nextGaugeId()).toNumber();
  const created = await sendAndWait(
    api.tx.sudo.sudo(api.tx.gauges.createGauge({ Emission: { vault: DEMO_VAULT } })),
    alice,
  );
  const sudid = created.find(({ event }) => api.events.sudo.Sudid.is(event));
  assert.ok(sudid && sudid.event.data[0].isOk, 'the sudo call succeeded');
  const summary = (await api.call.gaugesApi.gauge(gauge)).unwrap();
  assert.ok(summary.kind.isEmission);
  assert.equal(summary.kind.asEmission.vault.toNumber(), DEMO_VAULT);
  assert.ok(summary.status.isActive);
  assert.equal(summary.weightCurrent.toBigInt(), 0n);

  const events = await sendAndWait(api.tx.gauges.lock(1_000n * ONE_PLX, epoch + maxLock), dave);
  assert.ok(events.some(({ event }) => api.events.gauges.Locked.is(event)));
  const power = await api.call.gaugesApi.votingPower(dave.address, null);
  assert.equal(power.toBigInt(), 1_000n * ONE_PLX, 'a lock of MaxLockEpochs weighs its amount');
  const half = await api.call.gaugesApi.votingPower(dave.address, epoch + maxLock / 2);
  assert.equal(half.toBigInt(), 500n * ONE_PLX, 'and half of it half way');
  const lock = (await api.call.gaugesApi.lockOf(dave.address)).unwrap();
  assert.equal(lock.end.toNumber(), epoch + maxLock);

  // The lock appeared in this epoch: it votes from the next one.
  await assert.rejects(
    sendAndWait(api.tx.gauges.vote([[gauge, 10_000]]), dave),
    /gauges\.NoVotingPower/,
  );
  // The frozen PLX cannot be spent.
  const account = await api.query.system.account(dave.address);
  assert.ok(account.data.frozen.toBigInt() >= 1_000n * ONE_PLX);
});
