/**
 * View models for the comparison matrices and a page's facts panel. The matrix
 * puts attributes in rows (each with a linkable id) and entries in columns.
 */
import type { Attribute } from '../schemas/attributes.ts';
import type { AnyFact, Entry, Source } from '../schemas/entries.ts';
import { agree } from './compare-query.ts';
import { kebab, lastChecked } from './format.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { citationOrder, presentFact, type CellView, type CitedSource, type Resolve } from './present.ts';

interface FactBearing {
  title: string;
  shortName: string;
  sources: Record<string, Source>;
  facts?: Record<string, AnyFact | undefined> | undefined;
  baseline?: boolean;
}

export interface FactRow {
  /** Stable anchor: the attribute id in kebab-case (`update-model`). */
  id: string;
  attribute: Attribute;
  cell: CellView;
}

export interface FactsPanel {
  rows: FactRow[];
  sources: CitedSource[];
  lastVerified: string | undefined;
}

function factOf(entry: Entry<FactBearing>, attribute: Attribute): AnyFact {
  const fact = entry.data.facts?.[attribute.id];
  // The schema is built from the same attribute table; reaching this means a caller passed another table.
  if (!fact) throw new Error(`${entry.filePath ?? entry.id}: facts.${attribute.id} is missing`);
  return fact;
}

export function buildFactsPanel(
  entry: Entry<FactBearing>,
  attributes: Attribute[],
  resolve: Resolve,
  locale: Locale = DEFAULT_LOCALE,
): FactsPanel {
  const facts = attributes.map((a) => factOf(entry, a));
  const sources = citationOrder(
    entry.data.sources,
    facts.flatMap((f) => f.sources),
  );
  const cite = (key: string) => sources.find((s) => s.key === key)!;
  return {
    rows: attributes.map((attribute, i) => ({
      id: kebab(attribute.id),
      attribute,
      cell: presentFact(attribute, facts[i]!, cite, resolve, locale),
    })),
    sources,
    lastVerified: lastChecked(sources),
  };
}

export interface MatrixColumn {
  id: string;
  name: string;
  title: string;
  href: string;
  baseline: boolean;
  sources: CitedSource[];
}

export interface MatrixRow {
  id: string;
  attribute: Attribute;
  cells: CellView[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  lastVerified: string | undefined;
}

/** The sources a panel's cells cite; citation order numbers them first, so 1…n stay contiguous. */
function citedIn(panel: FactsPanel): CitedSource[] {
  const cited = new Set(panel.rows.flatMap((r) => r.cell.sources.map((s) => s.key)));
  return panel.sources.filter((s) => cited.has(s.key));
}

/** Column order everywhere OSes are listed: by name, baseline (general-purpose) entries last. */
export function byNameBaselineLast(a: Entry<FactBearing>, b: Entry<FactBearing>): number {
  return (
    Number(a.data.baseline ?? false) - Number(b.data.baseline ?? false) ||
    a.data.shortName.localeCompare(b.data.shortName, 'en')
  );
}

export function buildMatrix(
  entries: Entry<FactBearing>[],
  attributes: Attribute[],
  resolve: Resolve,
  hrefOf: (id: string) => string,
  locale: Locale = DEFAULT_LOCALE,
): Matrix {
  const sorted = [...entries].sort(byNameBaselineLast);
  const panels = sorted.map((e) => buildFactsPanel(e, attributes, resolve, locale));
  return {
    columns: sorted.map((e, i) => ({
      id: e.id,
      name: e.data.shortName,
      title: e.data.title,
      href: hrefOf(e.id),
      baseline: e.data.baseline ?? false,
      // Only what the matrix cites; an OS page lists the rest of its bibliography.
      sources: citedIn(panels[i]!),
    })),
    rows: attributes.map((attribute, r) => ({
      id: kebab(attribute.id),
      attribute,
      cells: panels.map((p) => p.rows[r]!.cell),
    })),
    lastVerified: lastChecked(panels.flatMap((p) => p.sources)),
  };
}

/** Rows whose values are not all the same: what "where they differ" counts and `diff=1` keeps. */
export function rowsThatDiffer(matrix: Matrix): MatrixRow[] {
  return matrix.rows.filter((row) => !agree(row.cells.map((c) => c.sortKey)));
}
