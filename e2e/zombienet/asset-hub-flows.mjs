// Network (b): Plexus and Asset Hub Westend (the released runtime) under a westend-local relay
// chain, HRMP both ways; every message goes through the relay chain. On the running network:
//   set-up  a protocol on Asset Hub opens a USDT staking pool (pallet-asset-rewards) and a
//           WND/USDT pool (Asset Hub's fees in USDT); Plexus' governance (sudo on this local
//           chain) registers the strategy "stake in that pool" for vault 0, and the strategies'
//           account gets WND for remote fees;
//   1       USDT (asset 1984) sent from Asset Hub arrives on Plexus as the hub asset, exactly;
//   2       Charlie's one XCM program from Asset Hub (withdraw, InitiateTransfer keeping his
//           origin, Transact `vaults.deposit` as him) lands as vault shares;
//   3       `strategies.allocate` stakes USDT in the pool on Asset Hub, and the query response
//           of the operation is received (the operation settles, debt = the stake);
//   4       `strategies.withdrawTo` brings USDT back to Dave on Asset Hub (less Asset Hub's fee);
// and after every step USDT is conserved: Asset Hub's USDT supply is unchanged, and Plexus' hub
// USDT plus the strategy's debt equals the USDT of Plexus' sovereign account on Asset Hub.
//   node e2e/zombienet/asset-hub-flows.mjs ws://asset-hub ws://plexus
import assert from 'node:assert/strict';
import { decodeAddress } from '@polkadot/util-crypto';
import {
  AH_FROM_PLEXUS, DOT_ID, PLEXUS_FROM_AH, DEMO_SHARE_ID, ONE_USDT, USDT_ID, USDT_ON_AH, DEMO_VAULT, ONE_WND, WND_ON_AH,
  accountLocation, asset, assetRewardsStrategy, depositFromAssetHub, palletAccount, plexusSovereignOnAssetHub,
} from '../journey/lib.mjs';
import { assetBalance, connect, ok, runMain, send, waitFor } from './lib.mjs';

async function main(ahUri, plexusUri) {
  const { api: ah, keyring } = await connect(ahUri);
  const { api: plexus } = await connect(plexusUri);
  const k = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Ferdie'].map((n) => [n, keyring.addFromUri(`//${n}`)]));
  const sovereign = plexusSovereignOnAssetHub();
  const ahUsdt = (who) => assetBalance(ah, USDT_ID, who);
  const plexusUsdt = (who) => assetBalance(plexus, USDT_ID, who);
  const ahSupply = async () => (await ah.query.assets.asset(USDT_ID)).unwrap().supply.toBigInt();
  const plexusIssued = async () => {
    const a = await plexus.query.assets.asset(USDT_ID);
    return a.isSome ? a.unwrap().supply.toBigInt() : 0n;
  };
  let strategyId;
  const strategy = async () => (await plexus.call.strategiesApi.strategy(strategyId)).unwrap().strategy;
  const supply0 = await ahSupply();
  const conserved = async (when) => {
    const debt = strategyId === undefined ? 0n : (await strategy()).debt.toBigInt();
    const [issued, reserve] = [await plexusIssued(), await ahUsdt(sovereign)];
    assert.equal(issued + debt, reserve, `${when}: Plexus USDT ${issued} + debt ${debt} = sovereign's ${reserve} on Asset Hub`);
    assert.equal(await ahSupply(), supply0, `${when}: USDT supply on Asset Hub unchanged`);
    ok(`${when}: conserved (Plexus USDT ${issued} + debt ${debt} = ${reserve} held by Plexus' sovereign account on Asset Hub)`);
  };

  /** `from` on Asset Hub sends WND (fees) and USDT to `to` on Plexus (reserve transfer). */
  const bringToPlexus = async (from, to, wndAmount, usdtAmount) => {
    const assets = usdtAmount > 0n ? [asset(USDT_ON_AH, usdtAmount), asset(WND_ON_AH, wndAmount)] : [asset(WND_ON_AH, wndAmount)];
    const before = [await plexusUsdt(to.address), await assetBalance(plexus, DOT_ID, to.address)];
    await send(ah, ah.tx.polkadotXcm.transferAssetsUsingTypeAndThen(
      { V5: PLEXUS_FROM_AH }, { V5: assets }, 'LocalReserve', { V5: WND_ON_AH }, 'LocalReserve',
      { V5: [{ DepositAsset: { assets: { Wild: { AllCounted: assets.length } }, beneficiary: accountLocation(to) } }] },
      'Unlimited'), from);
    await waitFor('the transfer to arrive on Plexus', async () =>
      (await assetBalance(plexus, DOT_ID, to.address)) > before[1] && (await plexusUsdt(to.address)) >= before[0] + usdtAmount, 300);
    return (await plexusUsdt(to.address)) - before[0];
  };

  // Set-up.
  const poolId = (await ah.query.assetRewards.nextPoolId()).toNumber();
  await send(ah, ah.tx.assetRewards.createPool(USDT_ON_AH, WND_ON_AH, 1_000, { After: 1_000_000 }, null), k.Alice);
  await send(ah, ah.tx.assetConversion.createPool(WND_ON_AH, USDT_ON_AH), k.Alice);
  await send(ah, ah.tx.assetConversion.addLiquidity(WND_ON_AH, USDT_ON_AH, 1_000n * ONE_WND, 10_000n * ONE_USDT, 1n, 1n, k.Alice.address), k.Alice);
  const strategiesAccount = palletAccount('plx/strt');
  await bringToPlexus(k.Alice, { address: strategiesAccount, publicKey: decodeAddress(strategiesAccount) }, 20n * ONE_WND, 0n);
  strategyId = (await plexus.query.strategies.nextStrategyId()).toNumber();
  await send(plexus, plexus.tx.sudo.sudo(plexus.tx.strategies.registerStrategy(assetRewardsStrategy(plexus, poolId, k.Ferdie))), k.Alice);
  ok(`set-up: asset-rewards pool ${poolId} and a WND/USDT pool on Asset Hub; strategy ${strategyId} on Plexus`);
  await conserved('set-up');

  // 1. USDT from Asset Hub arrives as the hub asset.
  const dave = k.Dave;
  const daveAh0 = await ahUsdt(dave.address);
  const arrived = await bringToPlexus(dave, dave, 5n * ONE_WND, 200n * ONE_USDT);
  assert.equal(arrived, 200n * ONE_USDT, 'exactly the USDT sent (fees paid in WND)');
  assert.equal(await ahUsdt(dave.address), daveAh0 - 200n * ONE_USDT);
  ok(`1. 200 USDT from Dave on Asset Hub arrived on Plexus as hub asset ${USDT_ID}`);
  await conserved('1');

  // 2. One XCM program from Asset Hub: Charlie's USDT becomes vault shares on Plexus.
  const charlie = k.Charlie;
  const amount = 1_000n * ONE_USDT;
  const shares0 = await assetBalance(plexus, DEMO_SHARE_ID, charlie.address);
  const program = depositFromAssetHub(plexus, charlie, amount);
  await send(ah, ah.tx.polkadotXcm.execute({ V5: program }, { refTime: 50_000_000_000n, proofSize: 1_000_000n }), charlie);
  const minted = await waitFor("Charlie's shares on Plexus", async () => {
    const s = (await assetBalance(plexus, DEMO_SHARE_ID, charlie.address)) - shares0;
    return s > 0n ? s : null;
  }, 300);
  ok(`2. Charlie's one XCM program from Asset Hub deposited 1 000 USDT: ${minted} shares of vault ${DEMO_VAULT} on Plexus`);
  await conserved('2');

  // 3. allocate: the strategy stakes in the pool on Asset Hub; the query response comes back.
  const stake = 500n * ONE_USDT;
  await send(plexus, plexus.tx.sudo.sudo(plexus.tx.strategies.allocate(strategyId, stake)), k.Alice);
  assert.equal((await strategy()).inTransit.toBigInt(), stake, 'in transit until Asset Hub answers');
  const settled = await waitFor("Asset Hub's response to the allocation", async () => {
    const s = await strategy();
    return s.operation.isNone ? s : null;
  }, 300);
  assert.equal(settled.debt.toBigInt(), stake, 'the allocation succeeded: debt = stake');
  const staked = await ah.query.assetRewards.poolStakers(poolId, sovereign);
  assert.equal(staked.isSome ? staked.unwrap().amount.toBigInt() : 0n, stake, "Plexus' sovereign account staked it on Asset Hub");
  ok(`3. allocate(${strategyId}, 500 USDT): staked in pool ${poolId} on Asset Hub; the query response settled the operation`);
  await conserved('3');

  // 4. withdrawTo brings USDT back to Asset Hub.
  const back = await plexusUsdt(dave.address);
  const daveAh1 = await ahUsdt(dave.address);
  await send(plexus, plexus.tx.strategies.withdrawTo(USDT_ID, back, { V5: AH_FROM_PLEXUS }, { V5: accountLocation(dave) }), dave);
  const received = await waitFor('USDT back on Asset Hub', async () => {
    const now = await ahUsdt(dave.address);
    return now > daveAh1 ? now - daveAh1 : null;
  }, 300);
  const fee = back - received;
  assert.ok(fee >= 0n && fee < ONE_USDT, `Asset Hub's execution fee, paid in USDT from the amount: ${fee}`);
  ok(`4. withdrawTo: Dave's ${back} planck of USDT back on Asset Hub (received ${received}, Asset Hub's fee ${fee})`);
  await conserved('4 (end)');
  await ah.disconnect();
  await plexus.disconnect();
}

runMain(main);
