/**
 * The container stack as layers, top to bottom, for /stack/. Each layer
 * gathers the concepts of one or more LAYER keys; OS mechanisms stand beside.
 */
import type { Concept, Distro, Ref } from './types.ts';
import { conceptsUsedBy } from './usage.ts';

export const STACK_LAYERS = [
  { id: 'orchestration', label: 'Orchestration', role: 'schedules containers across machines and asks each node for them', layers: ['orchestration'] },
  { id: 'engines', label: 'Engines and tools', role: 'pull images, manage container lifecycles, serve CLIs and the CRI', layers: ['engine'] },
  { id: 'interfaces', label: 'Interfaces and specifications', role: 'the contracts between the layers: CRI, CNI, CSI and the OCI specs', layers: ['standard'] },
  { id: 'runtimes', label: 'OCI runtimes and sandboxes', role: 'turn an OCI bundle into a running, isolated process', layers: ['runtime'] },
  { id: 'kernel', label: 'Linux kernel primitives', role: 'the isolation and resource controls everything above relies on', layers: ['kernel'] },
] as const;

export interface StackLayer {
  id: string;
  label: string;
  role: string;
  concepts: Concept[];
}

export function buildStack(concepts: Concept[]): { layers: StackLayer[]; beside: Concept[] } {
  const byTitle = (a: Concept, b: Concept) => Number(a.data.historical) - Number(b.data.historical) || a.data.shortName.localeCompare(b.data.shortName, 'en');
  return {
    layers: STACK_LAYERS.map((l) => ({ id: l.id, label: l.label, role: l.role, concepts: concepts.filter((c) => (l.layers as readonly string[]).includes(c.data.layer)).sort(byTitle) })),
    beside: concepts.filter((c) => c.data.layer === 'os').sort(byTitle),
  };
}

export interface OsStack {
  id: string;
  name: string;
  engines: string[];
  ociRuntimes: string[];
  /** Every concept the OS's facts involve: what /stack/ lights up for it. */
  concepts: string[];
}

const ids = (v: unknown) => (Array.isArray(v) ? (v as Ref[]).map((r) => r.id) : []);

export function osStack(distro: Distro): OsStack {
  const f = distro.data.facts;
  return {
    id: distro.id,
    name: distro.data.shortName,
    engines: ids(f['defaultRuntime']?.value),
    ociRuntimes: ids(f['ociRuntime']?.value),
    concepts: conceptsUsedBy(distro),
  };
}

export function stackSummary(s: OsStack, name: (id: string) => string): string {
  if (!s.engines.length) return `${s.name} ships no container engine by default.`;
  const runtimes = s.ociRuntimes.length ? ` with ${s.ociRuntimes.map(name).join(' or ')}` : '';
  return `${s.name} ships ${s.engines.map(name).join(' and ')}${runtimes}.`;
}
