/** The interface's words in each language (messages/*.ts). */
import type { Locale } from './locales.ts';
import { en, type Messages } from './messages/en.ts';
import { zh } from './messages/zh.ts';

export type { Messages };

const MESSAGES: Record<Locale, Messages> = { en, zh };

export const messages = (locale: Locale): Messages => MESSAGES[locale];
