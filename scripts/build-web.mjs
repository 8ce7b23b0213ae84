// The tools' programs, one per tool (called by scripts/post-build.mjs, Trunk's hook): cargo
// builds `amparo-survivors-web` and `amparo-niss-web` for wasm32, wasm-bindgen makes each a web
// module, wasm-opt -Oz shrinks a release build and terser its JS, and each pair of files is named by its content
// (amparo-<tool>-<hash>.js and …_bg.wasm), so a cached file never changes under its name.
// Trunk builds no Rust itself (public/index.html has no rust link): it would build one program.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TOOLS = { survivors: 'amparo-survivors-web', niss: 'amparo-niss-web' };

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...opts });
  if (r.status !== 0) {
    throw new Error(`build-web: ${cmd} ${args.join(' ')} failed (${r.status ?? r.error})\n${r.stderr ?? ''}`);
  }
  return r.stdout ?? '';
}

function allFiles(root) {
  return readdirSync(root).sort().flatMap((n) => {
    const p = join(root, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

/** Builds both programs into `dist`; returns their names (by tool) and the crate's OUT_DIR. */
export function buildPrograms(dist, release) {
  const out = run('cargo', [
    'build', '--locked', '--target', 'wasm32-unknown-unknown', ...(release ? ['--release'] : []),
    ...Object.values(TOOLS).flatMap((b) => ['--bin', b]), '--message-format=json-render-diagnostics',
  ], { stdio: ['ignore', 'pipe', 'inherit'] });
  const wasm = {};
  let outDir = null;
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const m = JSON.parse(line);
    const ours = /[#/]amparo[@#]/.test(m.package_id ?? '');
    if (m.reason === 'build-script-executed' && ours) outDir = m.out_dir;
    if (m.reason === 'compiler-artifact' && ours && Object.values(TOOLS).includes(m.target?.name)) {
      wasm[m.target.name] = m.filenames.find((f) => f.endsWith('.wasm'));
    }
  }
  if (!outDir) throw new Error('build-web: cargo did not report the build script\'s OUT_DIR');
  const names = {};
  for (const [tool, bin] of Object.entries(TOOLS)) {
    if (!wasm[bin]) throw new Error(`build-web: cargo built no ${bin}.wasm`);
    const tmp = join(repo, 'target', 'web', tool);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', `amparo-${tool}`, wasm[bin]]);
    const bg = join(tmp, `amparo-${tool}_bg.wasm`);
    if (release) {
      run('wasm-opt', ['-Oz', '--output', bg, bg]);
      // The glue minified: 49,860 -> 22,977 bytes raw, 8,700 -> 6,599 gzip (survivors).
      const js = join(tmp, `amparo-${tool}.js`);
      run(join(repo, 'tests/e2e/node_modules/.bin/terser'), [js, '--module', '--compress', '--mangle', '--output', js]);
    }
    const files = allFiles(tmp);
    const hash = createHash('sha256');
    for (const f of files) hash.update(relative(tmp, f)).update('\0').update(readFileSync(f));
    const name = `amparo-${tool}-${hash.digest('hex').slice(0, 16)}`;
    for (const f of files) {
      const rel = relative(tmp, f);
      const target = rel === `amparo-${tool}.js` ? `${name}.js` : rel === `amparo-${tool}_bg.wasm` ? `${name}_bg.wasm` : rel;
      mkdirSync(dirname(join(dist, target)), { recursive: true });
      copyFileSync(f, join(dist, target));
    }
    names[tool] = name;
  }
  return { names, outDir };
}

// Run on its own: `node scripts/build-web.mjs DIR [--release]`.
if (process.argv[1] && basename(process.argv[1]) === 'build-web.mjs') {
  const dir = process.argv[2];
  console.log(JSON.stringify(buildPrograms(dir, process.argv.includes('--release'))));
}
