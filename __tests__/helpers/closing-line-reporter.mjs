// Ends every jest run with one plain line, `N passed, N failed` (`, N skipped` when some
// were), that tools reading the closing line of a test run understand in any language.
export default class ClosingLineReporter {
  /** @param {unknown} _contexts @param {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number }} results */
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`
    // Deferred like the figures table, so that it comes after jest's own summary and the table.
    setTimeout(() => process.stderr.write(`\n${line}\n`), 0)
  }
}
