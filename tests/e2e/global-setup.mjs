// Runs once before the suite: checks dist/, starts the static server, gets the CLI's report for
// the README example (the expected amounts), and clears the screenshots of an earlier run.
// The returned function is the teardown (stops the server).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './lib/server.mjs';
import { DIST, EXAMPLE_INPUT, NISS_CASE, REPO, SCREENSHOTS, runCli } from './lib/paths.mjs';

const MISTYPED_NISS = '12345678901';
// The languages the browser tests walk (the app's registered ones).
const LANGS = ['pt', 'en', 'uk'];

export default async function globalSetup() {
  if (!existsSync(join(DIST, 'index.html')) || !readdirSync(DIST).some((f) => f.endsWith('.wasm'))) {
    throw new Error(`${DIST} has no index.html or .wasm: run \`trunk build --release\` first (see tests/e2e/run.sh)`);
  }

  // Expected results come from the CLI, never from numbers written in the tests.
  const started = Date.now();
  const report = runCli(['survivors', EXAMPLE_INPUT]);
  const out = join(REPO, 'tests/e2e/test-results');
  mkdirSync(out, { recursive: true });
  const reportFile = join(out, 'cli-readme_example.report.json');
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  process.env.E2E_CLI_REPORT = reportFile;
  // The NISS smoke flow answers a case of tests/cases/niss; the CLI makes its pack.
  const nissAnswers = join(out, 'niss-answers.json');
  writeFileSync(nissAnswers, JSON.stringify(JSON.parse(readFileSync(NISS_CASE, 'utf8')).answers, null, 2));
  // One pack and one check per language: the CLI renders the words in the language asked for.
  for (const lang of LANGS) {
    const packFile = join(out, `cli-niss.pack.${lang}.json`);
    writeFileSync(packFile, JSON.stringify(runCli(['niss-advice', nissAnswers, '--lang', lang]), null, 2));
    // A mistyped NISS (wrong check digit) and what the checker says about it.
    const checkFile = join(out, `cli-check-niss.${lang}.json`);
    writeFileSync(checkFile, JSON.stringify({ typed: MISTYPED_NISS, ...runCli(['check-niss', MISTYPED_NISS, '--lang', lang]) }, null, 2));
  }
  process.env.E2E_CLI_NISS_PACK = join(out, 'cli-niss.pack.{lang}.json');
  process.env.E2E_CLI_NISS_CHECK = join(out, 'cli-check-niss.{lang}.json');
  console.log(`[e2e] CLI reports for the README example and ${NISS_CASE.replace(REPO + '/', '')} in ${Date.now() - started} ms`);

  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });

  const server = await startServer(DIST);
  process.env.E2E_BASE_URL = server.url; // read by the workers (spawned after this)
  console.log(`[e2e] serving ${DIST.replace(REPO + '/', '')} at ${server.url}`);
  return async () => {
    await server.close();
  };
}
