/**
 * The account Q&A question bank on the demo data: accuracy by intent.
 * A regression check, not a target: the questions were written before the tuning.
 * Run with `npm run bench:qa` (add `--verbose` for every miss and its answer).
 */
import { accuracyByIntent, runBank } from '../test/qa/bank/run.js';
import { questionBank } from '../test/qa/bank/index.js';

const verbose = process.argv.includes('--verbose');
const results = await runBank(questionBank);
const rows = accuracyByIntent(results);
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(of >= 100 ? 1 : 0)}%`.padStart(5);

console.log(`Account Q&A question bank: ${results.length} questions on the demo portfolio (clock 2026-11-25)\n`);
console.log(`${'intent'.padEnd(22)} ${'asked'.padStart(5)} ${'intent'.padStart(7)} ${'all'.padStart(7)}`);
for (const r of rows) console.log(`${r.intent.padEnd(22)} ${String(r.questions).padStart(5)} ${pct(r.intentRight, r.questions).padStart(7)} ${pct(r.right, r.questions).padStart(7)}`);
const intentRight = results.filter((r) => r.intentRight).length;
const right = results.filter((r) => r.right).length;
console.log(`${'overall'.padEnd(22)} ${String(results.length).padStart(5)} ${pct(intentRight, results.length).padStart(7)} ${pct(right, results.length).padStart(7)}   (${right} of ${results.length} right)`);
const fresh = results.filter((r) => r.question.fresh);
if (fresh.length) {
  const freshRight = fresh.filter((r) => r.right).length;
  console.log(`${'of which fresh'.padEnd(22)} ${String(fresh.length).padStart(5)} ${pct(fresh.filter((r) => r.intentRight).length, fresh.length).padStart(7)} ${pct(freshRight, fresh.length).padStart(7)}`);
}
console.log('\n"intent": the right reading; "all": the reading, its entities (account, period, role…) and the facts in the answer.');
console.log('"fresh": questions written after tuning and never tuned against — the honest estimate for unseen wording.');

const misses = results.filter((r) => !r.right);
if (misses.length) {
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses) {
    console.log(`- [${m.question.as}] ${m.question.after ? `(after "${m.question.after.join('", "')}") ` : ''}"${m.question.say}": ${m.problems.join('; ')}`);
    if (verbose) console.log(`    ${m.answer.split('\n').join('\n    ')}`);
  }
}
