// Opens HRMP channels both ways between two parachains on the relay chain, as governance does on
// a live network (`hrmp.forceOpenHrmpChannel` through the local relay chain's sudo), and waits
// until both are open (at the next session change).
//
// Not in the network's genesis (zombienet's `[[hrmp_channels]]`): channels opened at genesis
// notify both parachains with downward messages sent at relay block 0, which cumulus'
// parachain-system counts as already processed before its first block (its last relay block
// number starts at 0) and leaves out of the message-queue-chain hash: the first block fails
// with "DMQ head mismatch" and the parachains never produce a block (seen here, stable2609).
//   node e2e/zombienet/open-hrmp.mjs ws://relay 1000 2000
import assert from 'node:assert/strict';
import { connect, ok, runMain, send, waitFor } from './lib.mjs';

const MAX_CAPACITY = 8;
const MAX_MESSAGE_SIZE = 8192;

async function main(relayUri, a, b) {
  const { api, keyring } = await connect(relayUri);
  const alice = keyring.addFromUri('//Alice');
  const [x, y] = [Number(a), Number(b)];
  const open = async (sender, recipient) => (await api.query.hrmp.hrmpChannels({ sender, recipient })).isSome;
  const calls = [[x, y], [y, x]]
    .map(([s, r]) => api.tx.hrmp.forceOpenHrmpChannel(s, r, MAX_CAPACITY, MAX_MESSAGE_SIZE));
  const { events } = await send(api, api.tx.sudo.sudo(api.tx.utility.batchAll(calls)), alice);
  const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
  assert.ok(sudid && sudid.event.data[0].isOk, `sudo(forceOpenHrmpChannel ×2): ${sudid?.event.data[0].toString()}`);
  ok(`HRMP channels ${x} → ${y} and ${y} → ${x} requested`);
  await waitFor('both channels to open (next session)', async () => (await open(x, y)) && (await open(y, x)), 300);
  ok(`HRMP channels ${x} ⇄ ${y} open`);
  await api.disconnect();
}

runMain(main);
