// zombienet js-script: runs a check of e2e/zombienet/ with the project's own @polkadot/api
// (zombienet's bundled one does not decorate Plexus' runtime APIs): 0 when it passes, an error
// (the test fails) when it does not.
//   <node>: js-script ./e2e.js with "<script>.mjs,<node>[,<node>…][,file=<path>]" return is 0
// The script gets the WebSocket URI of each node named, in order, then the other arguments.
const { spawn } = require('node:child_process');
const path = require('node:path');

async function run(_nodeName, networkInfo, args) {
  const [script, ...rest] = args;
  const argv = rest.map((a) => networkInfo.nodesByName[a]?.wsUri ?? a.replace(/^file=/, ''));
  const file = path.resolve(__dirname, '../../e2e/zombienet', script);
  // A failure throws: zombienet (1.3.138) compares a js-script's value only when the expected
  // value is truthy, so `return is 0` alone would pass whatever the check returned.
  return new Promise((resolve, reject) => {
    const child = spawn('node', [file, ...argv], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve(0) : reject(new Error(`${script} failed (exit ${code})`))));
  });
}

module.exports = { run };
