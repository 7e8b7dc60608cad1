// Helpers of the checks that zombienet runs on a live network (`zombienet/tests/*.zndsl` call
// them through `zombienet/tests/e2e.js`). Unlike the chopsticks tests, blocks come at the
// network's pace: every wait polls with a deadline.
// What every script shares (ids, units, `send`, blocks, balances) is in `../helpers.mjs`,
// re-exported here.
import * as shared from '../helpers.mjs';

export * from '../helpers.mjs';

/** `{ api, keyring }` on the node at `uri` (long request timeouts: a live network is slow). */
export const connect = (uri) => shared.connect(uri, { timeout: 120_000 });

/** `waitFor` at a live network's pace: polls every 2 s for up to `seconds` (default 300). */
export const waitFor = (what, check, seconds = 300) => shared.waitFor(what, check, { seconds, every: 2_000 });

/** A JSON-RPC call through the API's provider (for `plexus_` methods, which it does not decorate). */
export const rpc = (api, method, params = []) => api._rpcCore.provider.send(method, params);

/** Runs `main(...process.argv.slice(2))`, prints its failure and sets the exit code. */
export function runMain(main) {
  main(...process.argv.slice(2)).then(
    () => process.exit(0),
    (e) => {
      console.error(`✗ ${e.stack ?? e}`);
      process.exit(1);
    },
  );
}

/** Prints a step's result the way zombienet's log shows them. */
export const ok = (msg) => console.log(`✓ ${msg}`);
