// Validates the network definitions and tests with zombienet's own libraries (the ones its CLI
// runs before spawning): every TOML is read and turned into a network spec, every .zndsl is
// parsed by zombienet's DSL parser, names the network file it runs on, and only names nodes of
// that network, and every check `e2e.js` runs exists and is given nodes of that network.
// Needs no binaries.  Run: `node zombienet/validate.cjs` (after `npm ci` here).
const fs = require('node:fs');
const path = require('node:path');
const { readNetworkConfig } = require('@zombienet/utils');
const { generateNetworkSpec } = require('@zombienet/orchestrator/dist/configGenerator');
const { parse_to_json } = require('@zombienet/dsl-parser-wrapper');

const here = __dirname;

// The TOMLs name generated chain specs through environment variables (zombienet/run.sh sets
// them); without them, validate against empty stand-ins (only their existence is checked).
for (const name of ['PLEXUS_RELAY_SPEC', 'PLEXUS_ASSET_HUB_SPEC']) {
  if (!process.env[name]) {
    const stand_in = path.join(require('node:os').tmpdir(), `plexus-validate-${name.toLowerCase()}.json`);
    fs.writeFileSync(stand_in, '{}');
    process.env[name] = stand_in;
  }
}
let failures = 0;
const fail = (msg) => { failures++; console.error(`✗ ${msg}`); };

// Node names as written in the TOML (the generated spec renames nodes it has seen before in
// the same process, so names are read from the config).
function namesOf(tomlPath) {
  const config = readNetworkConfig(tomlPath);
  return [
    ...(config.relaychain.nodes ?? []).map((n) => n.name),
    ...(config.parachains ?? []).flatMap((p) => [...(p.collators ?? []), ...(p.collator ? [p.collator] : [])].map((c) => c.name)),
  ];
}

(async () => {
  for (const file of fs.readdirSync(here).filter((f) => f.endsWith('.toml'))) {
    try {
      const spec = await generateNetworkSpec(readNetworkConfig(path.join(here, file)));
      const names = namesOf(path.join(here, file));
      const paras = spec.parachains.map((p) => `${p.id}: ${p.collators.map((c) => `${c.name} (${c.command})`).join(', ')}`);
      console.log(`✓ ${file}: relay ${spec.relaychain.chain} [${spec.relaychain.nodes.map((n) => n.name).join(', ')}]; paras ${paras.join('; ')}; ${names.length} nodes`);
    } catch (e) {
      fail(`${file}: ${e.message ?? e}`);
    }
  }
  const testsDir = path.join(here, 'tests');
  for (const file of fs.readdirSync(testsDir).filter((f) => f.endsWith('.zndsl'))) {
    try {
      const parsed = JSON.parse(parse_to_json(fs.readFileSync(path.join(testsDir, file), 'utf8')));
      const network = path.resolve(testsDir, parsed.network);
      if (!fs.existsSync(network)) throw new Error(`network ${parsed.network} does not exist`);
      const names = namesOf(network);
      const used = new Set(parsed.assertions.map((a) => a.parsed.args.node_name));
      const unknown = [...used].filter((n) => !names.includes(n));
      if (unknown.length) throw new Error(`names nodes not in the network: ${unknown.join(', ')}`);
      for (const a of parsed.assertions) {
        const script = a.parsed.fn === 'CustomJs' ? a.parsed.args.file_path : null;
        if (script && !fs.existsSync(path.resolve(testsDir, script))) throw new Error(`missing script ${script}`);
        // e2e.js runs e2e/zombienet/<first argument> with the nodes named after it.
        if (script === './e2e.js') {
          const [check, ...rest] = (a.parsed.args.custom_args ?? '').split(',');
          if (!fs.existsSync(path.resolve(here, '../e2e/zombienet', check))) throw new Error(`missing e2e/zombienet/${check}`);
          const nodes = rest.filter((r) => !/^[0-9]+$/.test(r) && !r.startsWith('file='));
          const unknownArgs = nodes.filter((n) => !names.includes(n));
          if (unknownArgs.length) throw new Error(`${check} is given nodes not in the network: ${unknownArgs.join(', ')}`);
        }
      }
      console.log(`✓ ${file}: ${parsed.assertions.length} assertions on ${path.basename(network)}`);
    } catch (e) {
      fail(`${file}: ${e.message ?? e}`);
    }
  }
  if (failures) process.exit(1);
})();
