/**
 * `npm run stale`: every fact whose sources were last checked more than
 * twelve months ago (or never), by file and field, oldest first. Exits 0;
 * it is a to-do list, not a test.
 */
import { readConcepts, readDistros } from '../src/data/read-content.ts';
import { STALE_AFTER_MONTHS, staleFacts } from '../src/lib/freshness.ts';

const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const stale = staleFacts([...readDistros(), ...readConcepts()], today).sort((a, b) =>
  (a.verified ?? '').localeCompare(b.verified ?? ''),
);

console.log(`Facts not verified in the ${STALE_AFTER_MONTHS} months before ${today}: ${stale.length}`);
for (const f of stale) console.log(`${f.verified ?? 'never'}  ${f.file}: ${f.field}`);
