// Vaults end to end: a vault created by governance (sudo on the development chain) takes a
// USDT deposit from //Bob, and the share price and previews are read through `VaultsApi`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ONE_USDT, USDT_ID, chainUnderTest, send } from '../helpers.mjs';

const chain = chainUnderTest();
const sendAndWait = async (tx, signer) => (await send(chain.api, tx, signer)).events;

test('a USDT vault takes a deposit and shows its share price through VaultsApi', async () => {
  const { api, keyring } = chain;
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const vault = (await api.query.vaults.nextVaultId()).toNumber();

  // Governance creates the vault (sudo stands in for a LiquidityAdmin referendum here).
  const create = api.tx.vaults.createVault(
    USDT_ID, 'Governed', 1_000_000n * ONE_USDT, 1_000, 1_000, ONE_USDT, 'Plexus USDT Vault', 'pxUSDT',
  );
  const created = await sendAndWait(api.tx.sudo.sudo(create), alice);
  const sudid = created.find(({ event }) => api.events.sudo.Sudid.is(event));
  assert.ok(sudid && sudid.event.data[0].isOk, 'the sudo call succeeded');
  const info = await api.call.vaultsApi.vault(vault);
  assert.ok(info.isSome, 'the vault exists');
  const shareAsset = info.unwrap().shareAsset.toNumber();
  assert.equal(info.unwrap().shareDecimals.toNumber(), 12);

  // Bob deposits 100 USDT, previewing the shares first.
  const deposit = 100n * ONE_USDT;
  const preview = await api.call.vaultsApi.previewDeposit(vault, deposit);
  assert.ok(preview.isOk, preview.toString());
  const events = await sendAndWait(api.tx.vaults.deposit(vault, deposit, preview.asOk), bob);
  assert.ok(events.some(({ event }) => api.events.vaults.Deposited.is(event)));

  const shares = (await api.query.assets.account(shareAsset, bob.address)).unwrap().balance.toBigInt();
  assert.equal(shares, preview.asOk.toBigInt());
  // The first deposit into a vault pays its account's floor (USDT's minimum balance), which
  // stays in the account and is not the vault's.
  const floor = (await api.query.assets.asset(USDT_ID)).unwrap().minBalance.toBigInt();
  const credited = deposit - floor;
  assert.equal(shares, credited * 1_000_000n, '10^6 shares per planck in a new vault');

  // One whole share (10^12 planck of shares) is worth 1 USDT.
  const price = await api.call.vaultsApi.sharePrice(vault);
  assert.equal(price.unwrap().toBigInt(), ONE_USDT);
  const redeem = await api.call.vaultsApi.previewRedeem(vault, shares);
  assert.equal(redeem.asOk.toBigInt(), credited);
  const summary = (await api.call.vaultsApi.vault(vault)).unwrap();
  assert.equal(summary.totalAssets.toBigInt(), credited);
});
