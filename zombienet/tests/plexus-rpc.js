// zombienet js-script: the collator's `plexus_` RPC and the runtime API agree on the demo vault.
// Returns 0 on success (zombienet's `return is 0`).
async function run(nodeName, networkInfo) {
  const { wsUri, userDefinedTypes } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri, userDefinedTypes);
  const vaults = await api._rpcCore.provider.send('plexus_vaults', []);
  const demo = vaults.find((v) => v.vault === 0);
  if (!demo) throw new Error(`no demo vault in ${JSON.stringify(vaults)}`);
  const viaApi = await api.call.vaultsApi.vault(0);
  if (viaApi.isNone || viaApi.unwrap().totalAssets.toString() !== demo.totalAssets) {
    throw new Error(`plexus_vaults and VaultsApi disagree: ${JSON.stringify(demo)} vs ${viaApi.toString()}`);
  }
  const batch = await api._rpcCore.provider.send('plexus_currentBatch', []);
  console.log(`plexus_vaults ok (totalAssets ${demo.totalAssets}); batch ${JSON.stringify(batch)}`);
  return 0;
}

module.exports = { run };
