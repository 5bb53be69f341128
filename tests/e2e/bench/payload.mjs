// Payload: the gzip (level 9, node's zlib) size of what a browser downloads from DIST_DIR, by
// kind: the wasm, the JavaScript, each bundled cube and each cube's event records (downloaded only
// when the event display is asked for). A plain script, not a test.
// Ends with `BENCH wasm_gz_kb=…` (the main module, which every page downloads at start-up),
// `BENCH wasm_on_first_use_gz_kb=…` (the split wasm's other modules, each downloaded when its page
// or tool is first opened: crates/xtask/src/split.rs), `BENCH js_gz_kb=…`, `BENCH cube_gz_kb=…`
// (the largest cube) and `BENCH events_gz_kb=…` (the largest event records); KB are 1024 bytes.

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { REPO_ROOT } from '../support/oracle.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const KB = 1024;

const files = (await readdir(DIST_DIR, { recursive: true })).map((file) => path.join(DIST_DIR, file));
const sizes = [];
for (const file of files.filter((f) => /\.(wasm|js|cube|events)$/.test(f))) {
  const bytes = await readFile(file);
  sizes.push({ file: path.relative(DIST_DIR, file), kind: path.extname(file).slice(1), raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
}
sizes.sort((a, b) => a.file.localeCompare(b.file));

const pad = (value, width) => String(value).padStart(width);
console.log(`payload of ${path.relative(process.cwd(), DIST_DIR) || '.'} (gzip level 9)`);
console.log(`${'file'.padEnd(50)} ${pad('raw KB', 10)} ${pad('gzip KB', 10)}`);
for (const { file, raw, gz } of sizes) console.log(`${file.padEnd(50)} ${pad((raw / KB).toFixed(1), 10)} ${pad((gz / KB).toFixed(1), 10)}`);

const total = (kind) => sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.gz, 0);
const isMain = (s) => s.file.endsWith('_bg.wasm');
const mainWasm = sizes.filter((s) => s.kind === 'wasm' && isMain(s)).reduce((sum, s) => sum + s.gz, 0);
const largestCube = Math.max(0, ...sizes.filter((s) => s.kind === 'cube').map((s) => s.gz));
if (total('wasm') === 0 || largestCube === 0) throw new Error(`${DIST_DIR} holds no wasm or no cube: build the app first`);
console.log(`BENCH wasm_gz_kb=${(mainWasm / KB).toFixed(1)}`);
console.log(`BENCH wasm_on_first_use_gz_kb=${((total('wasm') - mainWasm) / KB).toFixed(1)}`);
console.log(`BENCH js_gz_kb=${(total('js') / KB).toFixed(1)}`);
console.log(`BENCH cube_gz_kb=${(largestCube / KB).toFixed(1)}`);
const largestEvents = Math.max(0, ...sizes.filter((s) => s.kind === 'events').map((s) => s.gz));
console.log(`BENCH events_gz_kb=${(largestEvents / KB).toFixed(1)}`);
