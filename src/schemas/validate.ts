/**
 * Validation outside Astro's content layer (the glossary plugin runs before
 * it; unit tests run without it), with messages in the build's form:
 * `content/distros/x.mdx: facts.firstRelease.value: expected a date …`.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';

/** `a.b[2].c` for zod's ['a', 'b', 2, 'c']. */
export const fieldPath = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${fieldPath(issue.path) || '(frontmatter)'}: ${issue.message}`);
}

/** The YAML between the leading `---` lines of an MDX file. */
export function frontmatterOf(file: string, text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter (the file must start with a --- block)`);
  return yaml.load(match[1]!);
}

export function validateFrontmatter<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  const result = schema.safeParse(frontmatterOf(file, text));
  if (!result.success) throw new Error(describeIssues(file, result.error).join('\n'));
  return result.data;
}

/** The same, for a whole-file YAML entry (content/changes/). */
export function validateYaml<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  const result = schema.safeParse(yaml.load(text));
  if (!result.success) throw new Error(describeIssues(file, result.error).join('\n'));
  return result.data;
}
