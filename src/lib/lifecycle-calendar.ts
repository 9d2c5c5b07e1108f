/**
 * Lifecycle dates as an iCalendar file (RFC 5545): one all-day event per known
 * first-release and end-of-life date of every OS. Written by hand so the output
 * is deterministic: DTSTAMP is the day the date's sources were last checked,
 * not the time of the build.
 *
 * Partial dates: a month-only date (`2018-03`) is placed on the first day of
 * the month and a year-only date (`2016`) on 1 January; the event's
 * description says so. "none", "unknown" and "not-applicable" give no event.
 */
import type { Distro } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import { formatPartialDate, lastChecked } from './format.ts';

export interface CalendarEvent {
  /** Stable across builds: `<os>-<first-release|end-of-life>@<host>`. */
  uid: string;
  /** The all-day event's day, YYYY-MM-DD. */
  day: string;
  /** What the OS's facts say, possibly only YYYY or YYYY-MM. */
  known: string;
  summary: string;
  description: string;
  url: string;
  /** The newest `checked` date among the fact's sources. */
  checked: string;
}

const PRECISION_NOTE = {
  day: '',
  month: ' Only the month is known; the event is placed on its first day.',
  year: ' Only the year is known; the event is placed on 1 January.',
};

function toDay(partial: string): { day: string; precision: keyof typeof PRECISION_NOTE } {
  const parts = partial.split('-');
  if (parts.length === 3) return { day: partial, precision: 'day' };
  if (parts.length === 2) return { day: `${partial}-01`, precision: 'month' };
  return { day: `${partial}-01-01`, precision: 'year' };
}

/** Distros in, events out, ordered by day, then UID. */
export function lifecycleEvents(
  distros: readonly Distro[],
  site: string,
  pageOf: (id: string) => string,
): CalendarEvent[] {
  const host = new URL(site).host;
  const events: CalendarEvent[] = [];
  for (const distro of distros) {
    const d = distro.data;
    const facts = [
      { key: 'first-release', fact: d.facts.firstRelease, what: 'first release' },
      { key: 'end-of-life', fact: d.facts.endOfLife, what: 'end of life' },
    ] as const;
    for (const { key, fact, what } of facts) {
      const value = fact.value;
      if (isPlaceholder(value) || value === 'none') continue;
      const { day, precision } = toDay(value);
      const sources = fact.sources.map((k) => d.sources[k]).filter((s) => s !== undefined);
      const note = fact.note ? ` ${fact.note}` : '';
      events.push({
        uid: `${distro.id}-${key}@${host}`,
        day,
        known: value,
        summary: `${d.shortName}: ${what}`,
        description: `${d.title}, ${what}: ${formatPartialDate(value)}.${PRECISION_NOTE[precision]}${note}`,
        url: new URL(pageOf(distro.id), site).href,
        checked: lastChecked(sources) ?? day,
      });
    }
  }
  return events.sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const utf8 = new TextEncoder();

/** Lines longer than 75 octets continue on lines that start with a space, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    const limit = out.length ? 74 : 75;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function buildCalendar(events: readonly CalendarEvent[], name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Container Atlas//Lifecycle calendar//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${compact(e.checked)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(e.day)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.day))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
