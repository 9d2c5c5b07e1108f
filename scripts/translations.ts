/**
 * `npm run translations [-- <locale>]`: which pages have no translation yet,
 * which translations were written against an older English file, and what is
 * wrong in any translation (by file and field). Exits 1 only on problems or
 * orphans: missing and outdated pages are a to-do list, not errors.
 */
import { orphanTranslations, readTranslationReports } from '../src/data/read-translations.ts';

const locale = process.argv[2] ?? 'zh';
const reports = readTranslationReports(locale);
const orphans = orphanTranslations(locale);

const count = (state: string) => reports.filter((r) => r.state === state).length;
console.log(
  `${locale}: ${reports.length} pages; ${count('current')} current, ${count('outdated')} outdated, ${count('missing')} missing`,
);
for (const r of reports) if (r.state !== 'current') console.log(`${r.state.padEnd(8)}  ${r.file}`);
const problems = reports.flatMap((r) => r.problems);
for (const line of [...problems, ...orphans.map((f) => `${f}: no English page has this id`)]) console.error(line);
if (problems.length || orphans.length) process.exitCode = 1;
