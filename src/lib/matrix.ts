/**
 * View models for the comparison matrices and a page's facts panel. The matrix
 * puts attributes in rows (each with a linkable id) and entries in columns.
 */
import type { AttributeDef } from './attributes.ts';
import { citationOrder, showFact, type CellView, type Resolve } from './cells.ts';
import { kebab, lastChecked } from './format.ts';
import type { Source } from '../schemas/fact.ts';
import type { CitedSource, Entry, Fact } from './types.ts';

interface FactBearing {
  title: string;
  shortName: string;
  sources: Record<string, Source>;
  facts?: Record<string, Fact> | undefined;
  baseline?: boolean;
}

export interface FactRow {
  /** Stable anchor: the attribute id in kebab-case (`update-model`). */
  id: string;
  attribute: AttributeDef;
  cell: CellView;
}

export interface FactsPanel {
  rows: FactRow[];
  sources: CitedSource[];
  lastVerified: string | undefined;
}

function factOf(entry: Entry<FactBearing>, attribute: AttributeDef): Fact {
  const fact = entry.data.facts?.[attribute.id];
  // The schema makes every attribute required; reaching this means the two lists drifted apart.
  if (!fact) throw new Error(`${entry.filePath ?? entry.id}: facts.${attribute.id} is missing`);
  return fact;
}

export function buildFactsPanel(entry: Entry<FactBearing>, attributes: AttributeDef[], resolve: Resolve): FactsPanel {
  const facts = attributes.map((a) => factOf(entry, a));
  const sources = citationOrder(entry.data.sources, facts.flatMap((f) => f.sources));
  const cite = (key: string) => sources.find((s) => s.key === key)!;
  return {
    rows: attributes.map((attribute, i) => ({ id: kebab(attribute.id), attribute, cell: showFact(attribute, facts[i]!, cite, resolve) })),
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
  attribute: AttributeDef;
  cells: CellView[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  lastVerified: string | undefined;
}

/** Baseline (general-purpose) entries go last so they read as the point of comparison. */
export function compareColumns(a: Entry<FactBearing>, b: Entry<FactBearing>): number {
  return Number(a.data.baseline ?? false) - Number(b.data.baseline ?? false) || a.data.shortName.localeCompare(b.data.shortName, 'en');
}

export function buildMatrix(entries: Entry<FactBearing>[], attributes: AttributeDef[], resolve: Resolve, hrefOf: (id: string) => string): Matrix {
  const sorted = [...entries].sort(compareColumns);
  const panels = sorted.map((e) => buildFactsPanel(e, attributes, resolve));
  return {
    columns: sorted.map((e, i) => ({
      id: e.id,
      name: e.data.shortName,
      title: e.data.title,
      href: hrefOf(e.id),
      baseline: e.data.baseline ?? false,
      sources: panels[i]!.sources,
    })),
    rows: attributes.map((attribute, r) => ({
      id: kebab(attribute.id),
      attribute,
      cells: panels.map((p) => p.rows[r]!.cell),
    })),
    lastVerified: lastChecked(panels.flatMap((p) => p.sources)),
  };
}
