import type { Locale } from '../i18n/locales.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * '2018-03' → 'March 2018'; '2020-05-26' → '26 May 2020'; '2013' → '2013'.
 * In Chinese: '2018年3月', '2020年5月26日'.
 */
export function formatPartialDate(date: string, locale: Locale = 'en'): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  if (locale === 'zh') return `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;
  const name = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The newest `checked` date among sources, or undefined when there are none. */
export function lastChecked(sources: { checked: string }[]): string | undefined {
  return sources
    .map((s) => s.checked)
    .sort()
    .at(-1);
}

export function kebab(camel: string): string {
  return camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
