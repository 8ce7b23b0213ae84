// Prints one closing line that CI tools read: "e2e: N passed, N failed, N skipped".
export default class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }
  printsToStdio() {
    return false; // let the list reporter own the terminal; we only add the last line
  }
  onTestEnd(test, result) {
    // Count each test once, by its final outcome (retries are off, but be safe).
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    const outcome = test.outcome();
    if (outcome === 'skipped') this.counts.skipped++;
    else if (outcome === 'expected' || outcome === 'flaky') this.counts.passed++;
    else this.counts.failed++;
  }
  onEnd(result) {
    const { passed, failed, skipped } = this.counts;
    process.stdout.write(`e2e: suite ${result.status} in ${(result.duration / 1000).toFixed(1)} s\n`);
    const extra = result.status !== 'passed' && failed === 0 ? ` (run ${result.status})` : '';
    process.stdout.write(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped${extra}\n`);
  }
}
