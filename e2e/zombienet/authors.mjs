// Both of Plexus' collators author: among the last 20 blocks (waiting for them if needed) the
// Aura authors (`api.derive.chain.getHeader`, from the slot and the session's validators) are
// at least two distinct collators, and each authored at least one block.
//   node e2e/zombienet/authors.mjs ws://127.0.0.1:9944
import assert from 'node:assert/strict';
import { connect, head, ok, runMain, waitFor } from './lib.mjs';

const WINDOW = 20;

async function main(uri) {
  const { api } = await connect(uri);
  const collators = (await api.query.session.validators()).map((v) => v.toString());
  const last = await waitFor(`${WINDOW} blocks`, async () => ((await head(api)) >= WINDOW ? head(api) : null), 600);
  const counts = new Map();
  for (let n = last - WINDOW + 1; n <= last; n++) {
    const header = await api.derive.chain.getHeader(await api.rpc.chain.getBlockHash(n));
    const author = header.author?.toString() ?? 'unknown';
    counts.set(author, (counts.get(author) ?? 0) + 1);
  }
  const summary = [...counts].map(([a, c]) => `${a.slice(0, 8)}…: ${c}`).join(', ');
  assert.ok(collators.length >= 2, `two collators in the session: ${collators}`);
  for (const collator of collators) assert.ok(counts.get(collator) > 0, `${collator} authored none of #${last - WINDOW + 1}..#${last} (${summary})`);
  ok(`blocks #${last - WINDOW + 1}..#${last} authored by ${counts.size} collators (${summary})`);
  await api.disconnect();
}

runMain(main);
