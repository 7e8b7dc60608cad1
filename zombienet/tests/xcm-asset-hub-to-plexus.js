// zombienet js-script run on Asset Hub's collator: //Alice sends 10 WND to //Ferdie on Plexus
// (para 2000) with `transfer_assets_using_type_and_then` (Asset Hub is the reserve: a
// local-reserve transfer), then waits until Ferdie holds hub asset 1 (DOT/WND) on the Plexus
// collator named in args[0]. Returns 0 on success.
const DOT_ON_PLEXUS = 1;
const AMOUNT = 10_000_000_000_000n; // 10 WND (12 decimals)

async function run(nodeName, networkInfo, args) {
  const hub = networkInfo.nodesByName[nodeName];
  const plexusNode = networkInfo.nodesByName[args[0]];
  const ah = await zombie.connect(hub.wsUri, hub.userDefinedTypes);
  const plexus = await zombie.connect(plexusNode.wsUri, plexusNode.userDefinedTypes);
  await zombie.util.cryptoWaitReady();
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  const alice = keyring.addFromUri('//Alice');
  const ferdie = keyring.addFromUri('//Ferdie');

  const before = await plexus.query.assets.account(DOT_ON_PLEXUS, ferdie.address);
  const had = before.isSome ? before.unwrap().balance.toBigInt() : 0n;

  const dest = { V5: { parents: 1, interior: { X1: [{ Parachain: 2000 }] } } };
  const assets = { V5: [{ id: { parents: 1, interior: 'Here' }, fun: { Fungible: AMOUNT } }] };
  const feeAsset = { V5: { parents: 1, interior: 'Here' } };
  const onArrival = {
    V5: [{
      DepositAsset: {
        assets: { Wild: { AllCounted: 1 } },
        beneficiary: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: ferdie.addressRaw } }] } },
      },
    }],
  };
  const tx = ah.tx.polkadotXcm.transferAssetsUsingTypeAndThen(
    dest, assets, 'LocalReserve', feeAsset, 'LocalReserve', onArrival, 'Unlimited');
  await new Promise((resolve, reject) => {
    tx.signAndSend(alice, ({ status, dispatchError }) => {
      if (dispatchError) reject(new Error(`transfer failed: ${dispatchError.toString()}`));
      else if (status.isInBlock) resolve();
    }).catch(reject);
  });
  console.log('Asset Hub: transfer to Plexus included');

  for (let i = 0; i < 100; i++) {
    const now = await plexus.query.assets.account(DOT_ON_PLEXUS, ferdie.address);
    const has = now.isSome ? now.unwrap().balance.toBigInt() : 0n;
    if (has > had) {
      console.log(`Plexus: Ferdie received ${has - had} planck of hub asset ${DOT_ON_PLEXUS} (sent ${AMOUNT}, the rest paid fees)`);
      return has - had > AMOUNT / 2n ? 0 : 1;
    }
    await new Promise((r) => setTimeout(r, 6000));
  }
  throw new Error('the WND did not arrive on Plexus');
}

module.exports = { run };
