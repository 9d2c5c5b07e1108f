/**
 * Every built page is valid HTML by html-validate's recommended rules (the
 * project's exceptions, if any, are in .htmlvalidate.json with a reason), and
 * nothing follows `</html>`: a script placed after the layout would land there.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFiles, urlOf } from './dist.ts';

const pages = htmlFiles();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity of the built site', () => {
  it('has pages to check', () => assert.ok(pages.length > 100, `only ${pages.length} pages`));

  it('has no html-validate errors on any page', async () => {
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${urlOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('ends every page at </html>', () => {
    const trailing = pages.filter((file) => !readFileSync(file, 'utf8').trimEnd().endsWith('</html>')).map(urlOf);
    assert.deepEqual(trailing, []);
  });
});
