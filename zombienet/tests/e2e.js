// zombienet js-script: runs a check of e2e/zombienet/ with the project's own @polkadot/api
// (zombienet's bundled one does not decorate Plexus' runtime APIs) and returns its exit code.
//   <node>: js-script ./e2e.js with "<script>.mjs,<node>[,<node>…][,file=<path>]" return is 0
// The script gets the WebSocket URI of each node named, in order, then the other arguments.
const { spawn } = require('node:child_process');
const path = require('node:path');

async function run(_nodeName, networkInfo, args) {
  const [script, ...rest] = args;
  const argv = rest.map((a) => networkInfo.nodesByName[a]?.wsUri ?? a.replace(/^file=/, ''));
  const file = path.resolve(__dirname, '../../e2e/zombienet', script);
  return new Promise((resolve) => {
    const child = spawn('node', [file, ...argv], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

module.exports = { run };
