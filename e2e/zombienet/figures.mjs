// Figures of a running network, printed for zombienet/README.md:
//   - time from `zombienet spawn` (PLEXUS_SPAWN_STARTED, ms since the epoch, set by
//     zombienet/run.sh) to the relay block that first included a candidate of the parachain;
//   - the parachain's average block time over its last 50 blocks (from `timestamp.now`);
//   - the share of the last 50 relay blocks that included a candidate of the parachain
//     (`paraInclusion.CandidateIncluded`).
// Fails if the parachain has no included block or fewer than 50 blocks.
//   node e2e/zombienet/figures.mjs ws://relay ws://para [paraId]
import assert from 'node:assert/strict';
import { connect, head, ok, runMain, waitFor } from './lib.mjs';

const WINDOW = 50;

const includedIn = async (relay, n, paraId) => {
  const at = await relay.at(await relay.rpc.chain.getBlockHash(n));
  return (await at.query.system.events()).some(({ event }) =>
    relay.events.paraInclusion.CandidateIncluded.is(event) && event.data[0].descriptor.paraId.toNumber() === paraId);
};

const nowAt = async (api, n) => (await (await api.at(await api.rpc.chain.getBlockHash(n))).query.timestamp.now()).toNumber();

async function main(relayUri, paraUri, paraIdArg = '2000') {
  const paraId = Number(paraIdArg);
  const { api: relay } = await connect(relayUri);
  const { api: para } = await connect(paraUri);
  const paraHead = await waitFor(`${WINDOW} parachain blocks`, async () => ((await head(para)) > WINDOW ? head(para) : null), 900);
  const relayHead = await head(relay);

  // The first relay block that included a candidate of the parachain.
  let first = null;
  for (let n = 1; n <= relayHead && first === null; n++) if (await includedIn(relay, n, paraId)) first = n;
  assert.ok(first !== null, `no candidate of ${paraId} included in relay blocks 1..${relayHead}`);
  const firstAt = await nowAt(relay, first);
  const started = Number(process.env.PLEXUS_SPAWN_STARTED ?? 0);
  const sinceSpawn = started ? `${((firstAt - started) / 1000).toFixed(0)} s after spawn` : 'spawn time unknown';
  ok(`first candidate of para ${paraId} included in relay block #${first} (${sinceSpawn})`);

  const blockTime = (await nowAt(para, paraHead) - await nowAt(para, paraHead - WINDOW)) / WINDOW / 1000;
  ok(`para ${paraId}: ${blockTime.toFixed(2)} s per block over #${paraHead - WINDOW}..#${paraHead}`);

  let including = 0;
  for (let n = relayHead - WINDOW + 1; n <= relayHead; n++) if (await includedIn(relay, n, paraId)) including++;
  ok(`relay blocks #${relayHead - WINDOW + 1}..#${relayHead}: ${including} of ${WINDOW} (${(100 * including / WINDOW).toFixed(0)}%) included a candidate of para ${paraId}`);
  await relay.disconnect();
  await para.disconnect();
}

runMain(main);
