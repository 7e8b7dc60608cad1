// The whole journey of liquidity through Plexus on a local two-chain network: Plexus and the
// real Asset Hub Westend runtime under chopsticks, connected over HRMP
// (`scripts/devnet.sh --with-asset-hub`), driven with @polkadot/api as polkadot.js apps drives
// them. Run it with `scripts/journey.sh`, which starts the network and prints each step's
// summary with balances on both chains.
//
//   set-up  a protocol on Asset Hub opens a USDT staking pool (pallet-asset-rewards) and a
//           WND/USDT pool (fees in USDT); Plexus' governance (sudo on this local chain)
//           registers the strategy "stake in that pool" for the demo vault and its gauge.
//   1       Charlie on Asset Hub sends USDT to Plexus in one XCM program and holds vault shares.
//   2       Dave deposits through a Deposit intent and Charlie exits part through a Redeem
//           intent: they net in one batch, with no cross-chain message.
//   3       Alice locks PLX and votes; next epoch the rebalance allocates to the strategy and
//           the stake is made on Asset Hub (read from Asset Hub's state).
//   4       Eve (a DAO) adds a co-incentive to the gauge; Alice, the voter, claims it.
//   5       The strategy's reporter reports a gain; profit unlocking raises the share price.
//   6       A referendum on the `liquidity_admin` track (preimage, decision deposit, votes,
//           chopsticks fast-forward) changes the vault's deposit cap; VaultsApi shows it.
//   7       Charlie redeems, the rebalance brings USDT back from Asset Hub, he claims and
//           withdraws to Asset Hub; USDT is conserved across both chains, fees itemised.
//
// After every step: Plexus' hub USDT plus its strategy's debt equals its sovereign account's
// USDT on Asset Hub, and Asset Hub's USDT supply is what it was.
//
// Epochs are a week (100 800 blocks) and governance periods hours: the journey moves Plexus'
// block number forward with chopsticks (`jumpTo`), never by waiting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';
import {
  AH_FROM_PLEXUS, DOT_ID, PLEXUS_FROM_AH, ONE_PLX, DEMO_SHARE_ID, ONE_USDT, USDT_ID, USDT_ON_AH, DEMO_VAULT, ONE_WND, WND_ON_AH,
  accountLocation, asset, assetBalance, assetRewardsStrategy, connectBoth, depositFromAssetHub, eventsAt, eventsBetween, find, fmt, freeBalance, head, jumpTo,
  newBlocks, palletAccount, plexusSovereignOnAssetHub, send, usdt, waitFor, wnd,
} from './lib.mjs';

const DAY = 14_400; // Plexus blocks (6 s)

let plexus;
let assetHub;
let k; // key pairs by name
let epochLength;
let strategyId;
let gaugeId;
let poolId;
let broken = false; // a failed step skips the rest: they build on it
const sovereign = plexusSovereignOnAssetHub();
const strategiesAccount = palletAccount('plx/strt');
const start = {}; // balances before the journey

const log = (...lines) => console.log(lines.join('\n'));

/** Runs a step unless an earlier one failed. */
function step(name, fn) {
  test(name, async (t) => {
    if (broken) return t.skip('an earlier step failed');
    try {
      await fn(t);
    } catch (e) {
      broken = true;
      throw e;
    }
  });
}

const vault = async () => (await plexus.call.vaultsApi.vault(DEMO_VAULT)).unwrap();
const strategy = async () => (await plexus.call.strategiesApi.strategy(strategyId)).unwrap().strategy;
const epoch = async () => (await plexus.call.gaugesApi.currentEpoch()).toNumber();
const sharePrice = async () => (await plexus.call.vaultsApi.sharePrice(DEMO_VAULT)).unwrap().toBigInt();
const ahUsdt = (who) => assetBalance(assetHub, USDT_ID, who);
const plexusUsdt = (who) => assetBalance(plexus, USDT_ID, who);
const shares = (who) => assetBalance(plexus, DEMO_SHARE_ID, who);
const ahUsdtSupply = async () => (await assetHub.query.assets.asset(USDT_ID)).unwrap().supply.toBigInt();
const plexusUsdtIssuance = async () => (await plexus.query.assets.asset(USDT_ID)).unwrap().supply.toBigInt();
const staked = async () => {
  const info = await assetHub.query.assetRewards.poolStakers(poolId, sovereign);
  return info.isSome ? info.unwrap().amount.toBigInt() : 0n;
};

/** Both chains' view of a user, the vault and USDT's backing, printed after each step. */
async function summary(title, users) {
  const v = await vault();
  const lines = [`\n── ${title}`];
  for (const name of users) {
    const who = k[name].address;
    lines.push(
      `   ${name.padEnd(7)} Asset Hub: ${usdt(await ahUsdt(who))}, ${wnd(await freeBalance(assetHub, who))}` +
        ` | Plexus: ${usdt(await plexusUsdt(who))}, ${fmt(await shares(who), 12)} pxUSDT`,
    );
  }
  lines.push(
    `   vault 0: ${usdt(v.totalAssets.toBigInt())} (idle ${usdt(v.idle.toBigInt())}, debt ${usdt(v.debt.toBigInt())},` +
      ` in transit ${usdt(v.inTransit.toBigInt())}, locked profit ${usdt(v.lockedProfit.toBigInt())}),` +
      ` ${fmt(v.shareSupply.toBigInt(), 12)} shares, price ${fmt(await sharePrice(), 6)} USDT/share`,
  );
  const [issued, debt, reserve] = [await plexusUsdtIssuance(), v.debt.toBigInt(), await ahUsdt(sovereign)];
  lines.push(
    `   backing: Plexus USDT ${usdt(issued)} + strategy debt ${usdt(debt)} = ${usdt(issued + debt)};` +
      ` Plexus' sovereign account on Asset Hub holds ${usdt(reserve)} (${usdt(await staked())} staked in the pool);` +
      ` Asset Hub USDT supply ${usdt(await ahUsdtSupply())}`,
  );
  log(...lines);
}

/**
 * Every planck Plexus counts is on Asset Hub: the hub USDT issued on Plexus plus what its
 * strategies hold (their debt) equals the USDT of Plexus' sovereign account there (free, or
 * staked by the strategy); and USDT's supply on Asset Hub never changed.
 */
async function assertConserved() {
  const issued = await plexusUsdtIssuance();
  const debt = strategyId === undefined ? 0n : (await strategy()).debt.toBigInt();
  assert.equal(issued + debt, await ahUsdt(sovereign), 'Plexus USDT + strategy debt = sovereign reserve on Asset Hub');
  assert.equal(await ahUsdtSupply(), start.ahSupply, 'USDT supply on Asset Hub is conserved');
}

/** `from` sends WND (paying fees) and USDT from Asset Hub to `to` on Plexus (reserve transfer). */
async function bringToPlexus(from, to, wndAmount, usdtAmount) {
  const assets = usdtAmount > 0n ? [asset(USDT_ON_AH, usdtAmount), asset(WND_ON_AH, wndAmount)] : [asset(WND_ON_AH, wndAmount)];
  const before = [await plexusUsdt(to.address), await assetBalance(plexus, DOT_ID, to.address)];
  await send(
    assetHub,
    assetHub.tx.polkadotXcm.transferAssetsUsingTypeAndThen(
      { V5: PLEXUS_FROM_AH },
      { V5: assets },
      'LocalReserve',
      { V5: WND_ON_AH },
      'LocalReserve',
      { V5: [{ DepositAsset: { assets: { Wild: { AllCounted: assets.length } }, beneficiary: accountLocation(to) } }] },
      'Unlimited',
    ),
    from,
  );
  await waitFor(
    `the transfer to arrive on Plexus`,
    async () => (await assetBalance(plexus, DOT_ID, to.address)) > before[1] && (await plexusUsdt(to.address)) >= before[0] + usdtAmount,
    { nudge: [plexus] },
  );
}

/** Waits for the strategy's XCM operation to be answered; returns the strategy. */
async function settled(what) {
  return waitFor(what, async () => {
    const s = await strategy();
    return s.operation.isNone ? s : null;
  }, { nudge: [assetHub, plexus], seconds: 180 });
}

before(async () => {
  ({ plexus, assetHub, keyring: k } = await connectBoth());
  k = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => [n, k.addFromUri(`//${n}`)]));
  epochLength = plexus.consts.gauges.epochLength.toNumber();
  start.ahSupply = await ahUsdtSupply();
  start.charlieAh = await ahUsdt(k.Charlie.address);
  start.charlieWnd = await freeBalance(assetHub, k.Charlie.address);
});

after(async () => {
  await plexus?.disconnect();
  await assetHub?.disconnect();
});

step('set-up: a staking pool on Asset Hub, the strategy and its gauge on Plexus', async () => {
  // Asset Hub: a protocol opens a USDT staking pool rewarding WND, and a WND/USDT pool so that
  // execution on Asset Hub can be paid in USDT.
  poolId = (await assetHub.query.assetRewards.nextPoolId()).toNumber();
  await send(assetHub, assetHub.tx.assetRewards.createPool(USDT_ON_AH, WND_ON_AH, 1_000, { After: 1_000_000 }, null), k.Alice);
  await send(assetHub, assetHub.tx.assetConversion.createPool(WND_ON_AH, USDT_ON_AH), k.Alice);
  await send(
    assetHub,
    assetHub.tx.assetConversion.addLiquidity(WND_ON_AH, USDT_ON_AH, 1_000n * ONE_WND, 10_000n * ONE_USDT, 1n, 1n, k.Alice.address),
    k.Alice,
  );
  // Plexus: the strategies' account pays remote fees in WND; Dave and Eve bring USDT.
  await bringToPlexus(k.Alice, { address: strategiesAccount, publicKey: decodeAddress(strategiesAccount) }, 20n * ONE_WND, 0n);
  await bringToPlexus(k.Dave, k.Dave, 5n * ONE_WND, 2_000n * ONE_USDT);
  await bringToPlexus(k.Eve, k.Eve, 5n * ONE_WND, 500n * ONE_USDT);
  // Governance (sudo on this local chain; step 6 goes through a referendum) registers the
  // strategy and its allocation gauge.
  strategyId = (await plexus.query.strategies.nextStrategyId()).toNumber();
  const params = assetRewardsStrategy(plexus, poolId, k.Ferdie);
  await send(plexus, plexus.tx.sudo.sudo(plexus.tx.strategies.registerStrategy(params)), k.Alice);
  const created = await send(
    plexus,
    plexus.tx.sudo.sudo(plexus.tx.gauges.createGauge({ Allocation: { vault: DEMO_VAULT, strategy: strategyId } })),
    k.Alice,
  );
  gaugeId = find(created, 'gauges', 'GaugeCreated')[0].data[0].toNumber();
  await assertConserved();
  await summary('set-up: pool on Asset Hub, strategy and gauge on Plexus', ['Charlie', 'Dave', 'Eve']);
});

step('1. one XCM program from Asset Hub leaves Charlie holding vault shares', async () => {
  const amount = 1_000n * ONE_USDT;
  const charlie = k.Charlie;
  const program = depositFromAssetHub(plexus, charlie, amount);
  await send(
    assetHub,
    assetHub.tx.polkadotXcm.execute({ V5: program }, { refTime: 50_000_000_000n, proofSize: 1_000_000n }),
    charlie,
  );
  const got = await waitFor('Charlie\'s shares on Plexus', async () => (await shares(charlie.address)) || null, { nudge: [plexus] });
  assert.ok(got > 0n, 'Charlie holds vault shares');
  // The first deposit into the vault also paid its account's floor (USDT's minimum balance),
  // which stays in the vault account and is not the vault's.
  const floor = (await plexus.query.assets.asset(USDT_ID)).unwrap().minBalance.toBigInt();
  assert.equal((await vault()).idle.toBigInt(), amount - floor, 'the vault holds his USDT');
  assert.equal(await ahUsdt(charlie.address), start.charlieAh - amount, 'exactly the amount left Asset Hub');
  await assertConserved();
  await summary('1. USDT from Asset Hub to vault shares in one XCM program', ['Charlie']);
});

step('2. a Deposit intent and a Redeem intent net in one batch with no cross-chain message', async () => {
  const { Charlie: charlie, Dave: dave } = k;
  const redeemShares = ((await shares(charlie.address)) * 3n) / 10n;
  const worth = (await plexus.call.vaultsApi.previewRedeem(DEMO_VAULT, redeemShares)).asOk.toBigInt();
  const deadline = (await head(plexus)) + 1_000;
  const anyVault = { kinds: 'Any', maxLockup: 0, allowedStrategies: null, minYieldBps: 0 };
  const before = { charlie: await plexusUsdt(charlie.address), dave: await shares(dave.address) };
  await send(plexus, plexus.tx.intents.submitIntent({ Deposit: { asset: USDT_ID, amount: 500n * ONE_USDT, constraints: anyVault } }, deadline, null), dave);
  await send(
    plexus,
    plexus.tx.intents.submitIntent({ Redeem: { vault: DEMO_VAULT, shares: redeemShares, minAssets: (worth * 99n) / 100n } }, deadline, null),
    charlie,
  );
  const batch = await plexus.call.intentsApi.currentBatch();
  const from = (await head(plexus)) + 1;
  await newBlocks(plexus, Math.max(batch.closesAt.toNumber() - from + 2, 1));
  await waitFor('the batch to settle', async () => (await plexus.call.intentsApi.intentsOf(charlie.address)).length === 0, {
    nudge: [plexus],
  });
  const events = await eventsBetween(plexus, from, await head(plexus));
  const names = events.map(({ event }) => `${event.section}.${event.method}`);
  assert.ok(names.includes('intents.RedeemNetted') && names.includes('intents.DepositNetted'), `netted: ${names}`);
  assert.ok(!names.some((n) => n === 'xcmpQueue.XcmpMessageSent' || n === 'polkadotXcm.Sent'), 'no XCM message');
  assert.equal((await plexus.call.vaultsApi.requestsOf(charlie.address)).length, 0, 'nothing queued');
  const charlieGot = (await plexusUsdt(charlie.address)) - before.charlie;
  start.charlieIntent = charlieGot;
  assert.ok(charlieGot >= (worth * 99n) / 100n && charlieGot <= worth, `Charlie got ${charlieGot} for ${worth}`);
  assert.ok((await shares(dave.address)) > before.dave, 'Dave holds shares');
  await assertConserved();
  await summary(`2. intents netted in one batch: Charlie got ${usdt(charlieGot)} from Dave's deposit, no XCM`, ['Charlie', 'Dave']);
});

step('3. PLX holders lock and vote; next epoch the rebalance stakes the vault\'s USDT on Asset Hub', async () => {
  const alice = k.Alice;
  const maxLock = plexus.consts.gauges.maxLockEpochs.toNumber();
  const e0 = await epoch();
  await send(plexus, plexus.tx.gauges.lock(100_000n * ONE_PLX, e0 + maxLock), alice);
  // A lock votes from the epoch after it was made, and a vote counts from the next epoch.
  await jumpTo(plexus, (e0 + 1) * epochLength);
  await send(plexus, plexus.tx.gauges.vote([[gaugeId, 10_000]]), alice);
  await jumpTo(plexus, (e0 + 2) * epochLength);
  assert.equal(await epoch(), e0 + 2);
  const targets = await plexus.call.gaugesApi.allocation(DEMO_VAULT);
  log(`   allocation targets: ${JSON.stringify(targets.toHuman())}`);
  // Anyone may rebalance a governed vault: Bob does.
  await send(plexus, plexus.tx.strategies.rebalance(strategyId), k.Bob);
  const inTransit = (await strategy()).inTransit.toBigInt();
  assert.ok(inTransit > 0n, 'the allocation is in transit');
  const s = await settled('Asset Hub\'s answer to the allocation');
  assert.equal(s.debt.toBigInt(), inTransit, 'the allocation succeeded');
  assert.equal(await staked(), inTransit, 'Plexus\' sovereign account staked it in the pool on Asset Hub');
  await assertConserved();
  await summary(`3. votes → rebalance: ${usdt(inTransit)} staked in asset-rewards pool ${poolId} on Asset Hub`, ['Alice']);
});

step('4. a DAO adds a co-incentive to the gauge and the voter claims it', async () => {
  const { Eve: eve, Alice: alice } = k;
  const e = await epoch();
  const pot = 50n * ONE_USDT;
  await send(plexus, plexus.tx.gauges.addIncentive(gaugeId, e, USDT_ID, pot), eve);
  await jumpTo(plexus, (e + 1) * epochLength);
  const before = await plexusUsdt(alice.address);
  await send(plexus, plexus.tx.gauges.claimIncentives(gaugeId, 10), alice);
  const got = (await plexusUsdt(alice.address)) - before;
  assert.ok(got > (pot * 99n) / 100n && got <= pot, `the only voter gets the pot: ${got}`);
  await assertConserved();
  await summary(`4. co-incentive: Eve put ${usdt(pot)} on the gauge for epoch ${e}, Alice claimed ${usdt(got)}`, ['Alice', 'Eve']);
});

step('5. a reported gain raises the share price through profit unlocking', async () => {
  const debt = (await strategy()).debt.toBigInt();
  const p0 = await sharePrice();
  // The strategy earned 1%: the pool's operator pays it into Plexus' sovereign account on
  // Asset Hub (the pool itself rewards WND), and the strategy's reporter reports the new value.
  const gain = debt / 100n;
  await send(assetHub, assetHub.tx.assets.transfer(USDT_ID, sovereign, gain), k.Alice);
  await send(plexus, plexus.tx.strategies.report(strategyId, debt + gain), k.Ferdie);
  const p1 = await sharePrice();
  assert.equal(p1, p0, 'a reported gain is locked: the price does not jump');
  assert.ok((await vault()).lockedProfit.toBigInt() > 0n);
  await jumpTo(plexus, (await head(plexus)) + DAY);
  const p2 = await sharePrice();
  await jumpTo(plexus, (await head(plexus)) + 2 * DAY);
  const p3 = await sharePrice();
  assert.ok(p0 < p2 && p2 < p3, `the price rises as the profit unlocks: ${p0} ${p2} ${p3}`);
  assert.equal((await vault()).lockedProfit.toBigInt(), 0n, 'all unlocked after 3 days');
  log(`   share price: ${fmt(p0, 6)} at the report → ${fmt(p2, 6)} a day later → ${fmt(p3, 6)} after 3 days`);
  await assertConserved();
  await summary(`5. report: strategy value ${usdt(debt)} → ${usdt(debt + gain)} (the gain paid into the sovereign account)`, ['Charlie', 'Dave']);
});

step('6. a liquidity_admin referendum changes the vault\'s deposit cap', async () => {
  const newCap = 5_000_000n * ONE_USDT;
  const call = plexus.tx.vaults.setDepositCap(DEMO_VAULT, newCap);
  const encoded = call.method.toHex();
  const len = (encoded.length - 2) / 2;
  await send(plexus, plexus.tx.preimage.notePreimage(encoded), k.Alice);
  const index = (await plexus.query.referenda.referendumCount()).toNumber();
  await send(
    plexus,
    plexus.tx.referenda.submit({ Origins: 'LiquidityAdmin' }, { Lookup: { hash: blake2AsHex(encoded), len } }, { After: 0 }),
    k.Alice,
  );
  await send(plexus, plexus.tx.referenda.placeDecisionDeposit(index), k.Alice);
  for (const name of ['Bob', 'Charlie', 'Dave', 'Eve']) {
    await send(
      plexus,
      plexus.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 500_000n * ONE_PLX } }),
      k[name],
    );
  }
  // Fast-forward: jump to each of the referendum's alarms (prepare → deciding → confirming →
  // approved), then to its enactment.
  for (let i = 0; i < 10; i++) {
    const info = (await plexus.query.referenda.referendumInfoFor(index)).unwrap();
    if (!info.isOngoing) break;
    const alarm = info.asOngoing.alarm;
    if (alarm.isNone) await newBlocks(plexus, 1);
    else await jumpTo(plexus, alarm.unwrap()[0].toNumber());
  }
  const info = (await plexus.query.referenda.referendumInfoFor(index)).unwrap();
  assert.ok(info.isApproved, `approved: ${info.type}`);
  // The approved proposal is scheduled for enactment (`After(0)`: the track's minimum
  // enactment period); find that task by the proposal's hash and go there.
  const proposalHash = blake2AsHex(encoded);
  const enactment = (await plexus.query.scheduler.agenda.entries())
    .filter(([, tasks]) => tasks.some((t) => t.isSome && t.unwrap().call.isLookup && t.unwrap().call.asLookup.hash_.toHex() === proposalHash))
    .map(([key]) => key.args[0].toNumber());
  assert.equal(enactment.length, 1, 'the enactment is scheduled');
  await jumpTo(plexus, enactment[0]);
  const dispatched = find(await eventsAt(plexus), 'scheduler', 'Dispatched');
  assert.ok(dispatched.length > 0 && dispatched.every((e) => e.data.result.isOk), 'enacted');
  assert.equal((await vault()).depositCap.toBigInt(), newCap, 'VaultsApi shows the new cap');
  await summary(`6. referendum ${index} (liquidity_admin) enacted: deposit cap ${usdt(newCap)}`, []);
});

step('7. Charlie redeems, claims and withdraws USDT to Asset Hub; USDT is conserved', async () => {
  const charlie = k.Charlie;
  const mine = await shares(charlie.address);
  const worth = (await plexus.call.vaultsApi.previewRedeem(DEMO_VAULT, mine)).asOk.toBigInt();
  const usdtBefore = await plexusUsdt(charlie.address);
  await send(plexus, plexus.tx.vaults.requestRedeem(DEMO_VAULT, mine), charlie);
  let requests = await plexus.call.vaultsApi.requestsOf(charlie.address);
  assert.equal(requests.length, 1);
  const [requestId, request] = requests[0];
  if (request.state.isPending) {
    // Idle does not cover it: this epoch's rebalance brings USDT back from Asset Hub first.
    await send(plexus, plexus.tx.strategies.rebalance(strategyId), k.Bob);
    await settled('Asset Hub\'s answer to the deallocation');
    await send(plexus, plexus.tx.vaults.finalizeRequests(DEMO_VAULT, 10), charlie);
    requests = await plexus.call.vaultsApi.requestsOf(charlie.address);
  }
  assert.ok(requests[0][1].state.isFinalized, 'the request is finalized');
  const assets = requests[0][1].state.asFinalized.assets.toBigInt();
  await send(plexus, plexus.tx.vaults.claim([requestId]), charlie);
  const claimed = (await plexusUsdt(charlie.address)) - usdtBefore;
  assert.equal(claimed, assets);
  assert.ok(claimed <= worth, 'never more than the shares were worth at the request');

  // Everything Charlie has on Plexus goes back to Asset Hub.
  const back = await plexusUsdt(charlie.address);
  const ahBefore = await ahUsdt(charlie.address);
  await send(
    plexus,
    plexus.tx.strategies.withdrawTo(USDT_ID, back, { V5: AH_FROM_PLEXUS }, { V5: accountLocation(charlie) }),
    charlie,
  );
  const received = await waitFor('USDT back on Asset Hub', async () => {
    const now = await ahUsdt(charlie.address);
    return now > ahBefore ? now - ahBefore : null;
  }, { nudge: [assetHub] });
  const ahFee = back - received;
  assert.ok(ahFee >= 0n && ahFee < ONE_USDT, `Asset Hub's execution fee, paid in USDT from the amount: ${ahFee}`);
  await assertConserved();

  // Charlie's round trip, itemised: every planck of his USDT is accounted for.
  const end = await ahUsdt(charlie.address);
  const deposited = 1_000n * ONE_USDT;
  assert.equal(end - start.charlieAh, start.charlieIntent + claimed - deposited - ahFee, 'itemised to the planck');
  const wndSpent = start.charlieWnd - (await freeBalance(assetHub, charlie.address));
  const row = (what, amount) => `     ${what.padEnd(62)} ${amount >= 0n ? '+' : '−'}${usdt(amount >= 0n ? amount : -amount)}`;
  log(
    `   Charlie's USDT, Asset Hub → Plexus → Asset Hub:`,
    row('deposited into vault 0 (step 1)', -deposited),
    row("paid by Dave's deposit intent for 30% of his shares (step 2)", start.charlieIntent),
    row('redemption of the rest, claimed (step 7)', claimed),
    row("Asset Hub's execution fee of the withdrawal, in USDT", -ahFee),
    row(`= change on Asset Hub (${usdt(start.charlieAh)} → ${usdt(end)})`, end - start.charlieAh),
    `     fees in other assets: ${wnd(wndSpent)} for XCM on Asset Hub; PLX for transactions and deposits on Plexus`,
  );
  await summary('7. redeemed, claimed and withdrawn to Asset Hub', ['Charlie', 'Dave']);
});
