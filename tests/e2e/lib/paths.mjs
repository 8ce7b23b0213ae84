// Where things are, and how to ask the CLI for the expected report.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = resolve(E2E, '../..');
export const DIST = resolve(process.env.E2E_DIST ?? resolve(REPO, 'dist'));
/** The second deployment for the update test (scripts/test builds it with a label). */
export const DIST_NEXT = resolve(process.env.E2E_DIST_NEXT ?? resolve(REPO, 'target/dist-next'));
export const SCREENSHOTS = resolve(REPO, 'screenshots/e2e');
export const EXAMPLE_INPUT = resolve(REPO, 'tests/cases/readme_example.input.json');
export const NISS_CASE = resolve(REPO, 'tests/cases/niss/employee.json');

/**
 * Runs the amparo CLI and parses its JSON output. `AMPARO_CLI=/path/to/amparo` uses that binary;
 * otherwise `cargo run --locked --bin amparo` (the dev profile, which `cargo test` in
 * scripts/test has already built, so this is only a freshness check there).
 */
export function runCli(args) {
  const [cmd, argv] = process.env.AMPARO_CLI
    ? [process.env.AMPARO_CLI, args]
    : ['cargo', ['run', '--quiet', '--locked', '--bin', 'amparo', '--', ...args]];
  const r = spawnSync(cmd, argv, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000 });
  if (r.error) throw new Error(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}:\n${r.stderr}`);
  try {
    return JSON.parse(r.stdout);
  } catch (e) {
    throw new Error(`${cmd} ${argv.join(' ')} did not print JSON (${e.message}):\n${r.stdout.slice(0, 500)}`);
  }
}
