/**
 * The site's Content Security Policy and other response headers, written
 * once. Base.astro puts `metaPolicy()` in a <meta http-equiv="Content-Security-Policy">
 * at the top of every page; scripts/security-headers.ts writes the same policy, plus
 * what only a header can carry, into public/_headers and deploy/nginx.conf.
 * (Astro's own `security.csp` would also list a hash of every bundle it emits: about
 * half a kilobyte of incompressible text on each page, for files 'self' already allows.)
 * Tests check both files and every built page against this module.
 */
import { createHash } from 'node:crypto';
import { THEME_INIT } from './theme-init.ts';

export const sha256 = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Hashes of the inline scripts the site serves (only the theme script). */
export const INLINE_SCRIPT_HASHES = [sha256(THEME_INIT)];

/**
 * Scripts: same-origin files and the hashed theme script; never 'unsafe-inline'
 * or 'unsafe-eval'. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly,
 * which is all it allows beyond 'self'.
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
/** Styles: same-origin stylesheets only; the site has no style attributes. */
export const STYLE_RESOURCES = ["'self'"];

/** Every other directive, the same in the meta element and the header. */
export const DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** Only a header can forbid framing: browsers ignore frame-ancestors in a meta element. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

function directives(): string[] {
  const hashes = INLINE_SCRIPT_HASHES.map((h) => `'${h}'`);
  return [
    ...DIRECTIVES,
    `script-src ${[...SCRIPT_RESOURCES, ...hashes].join(' ')}`,
    `style-src ${STYLE_RESOURCES.join(' ')}`,
  ];
}

/** The policy in each page's meta element. */
export const metaPolicy = (): string => directives().join('; ');

/** The policy as one header value: the meta element's, plus framing. */
export const headerPolicy = (): string => [...directives(), ...HEADER_ONLY_DIRECTIVES].join('; ');

/** A policy as directive name → source tokens, for comparing two policies whatever their spacing. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), tokens);
  }
  return directives;
}

export const isHashSource = (token: string) => /^'sha(256|384|512)-/.test(token);
