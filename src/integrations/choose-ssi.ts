/**
 * Writes `choose/index.ssi` beside each language's built /choose/ page: the
 * template nginx answers that page from (src/lib/choose-ssi.ts, deploy/nginx.conf).
 * Not an .html file, so other hosts never serve it as a page, and search,
 * sitemaps and the HTML checks leave it alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES, LOCALE_INFO } from '../i18n/locales.ts';
import { messages } from '../i18n/ui.ts';
import { QUESTIONS } from '../lib/choose-questions.ts';
import { CHOOSER_TEMPLATE, answeredChooser } from '../lib/choose-ssi.ts';

export function chooseSsi(): AstroIntegration {
  return {
    name: 'choose-ssi',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const locale of LOCALES) {
          const page = join(fileURLToPath(dir), LOCALE_INFO[locale].prefix, 'choose');
          const where = join(page, 'index.html');
          const html = readFileSync(where, 'utf8');
          writeFileSync(
            join(page, CHOOSER_TEMPLATE),
            answeredChooser(html, QUESTIONS, messages(locale).choose.unknownAnswers, where),
          );
        }
        logger.info(`wrote the /choose/ SSI template for ${LOCALES.length} languages`);
      },
    },
  };
}
