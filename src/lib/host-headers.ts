/**
 * Response headers for hosts that read a headers file (Netlify, Cloudflare
 * Pages: public/_headers) and for nginx (deploy/nginx.conf). Both files are
 * written from here by `npm run headers`; tests/unit/host-headers.test.ts
 * fails when either differs from what this module writes, so the policy in
 * the headers cannot drift from the one in every page's meta element.
 */
import { headerPolicy } from './security-policy.ts';
import { LOCALES, LOCALE_INFO } from '../i18n/locales.ts';
import { CHOOSER_TEMPLATE, SSI_VALUE_LENGTH } from './choose-ssi.ts';

export type Header = readonly [name: string, value: string];

/** Sent with every response. */
export const SECURITY_HEADERS: readonly Header[] = [
  ['Content-Security-Policy', headerPolicy()],
  // Two years, the value HSTS preload lists ask for; the site has no plain-HTTP subdomains to keep.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  // Sources are on other sites: they learn the origin a reader came from, never the page or query.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses none of these; a page that somehow embedded code could not ask for them either.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  // frame-ancestors covers current browsers; this covers the ones before CSP level 2.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidated on every visit (a cheap 304), so a page never names a hashed file a newer deploy removed. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Paths whose file names carry a content hash: Astro's bundles and Pagefind's
 * index chunks, fragments, filters and metadata, in both search bundles.
 * Pagefind's entry files (pagefind.js, pagefind-entry.json, wasm.*) keep
 * their names from build to build and are revalidated like pages.
 */
export const HASHED_PATHS = ['/_astro/'].concat(
  ['/pagefind/', '/pagefind-full/'].flatMap((dir) => ['fragment/', 'index/', 'filter/'].map((sub) => dir + sub)),
);

/** Netlify / Cloudflare Pages `_headers`. */
export function headersFile(): string {
  const block = (path: string, headers: readonly Header[]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const intro = [
    '# Written by `npm run headers` from src/lib/host-headers.ts; edit that file, not this one.',
    '# Both hosts merge every rule that matches a path, joining repeated headers with commas,',
    '# so Cache-Control is only set where a hash is in the file name. Pages and the rest keep',
    `# the hosts' default, which already revalidates every time (${REVALIDATE}).`,
  ].join('\n');
  return [
    intro,
    block('/*', SECURITY_HEADERS),
    ...HASHED_PATHS.map((path) => block(`${path}*`, [['Cache-Control', IMMUTABLE]])),
  ]
    .join('\n\n')
    .concat('\n');
}

const quoteNginx = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** A sample nginx server for the built dist/ directory. */
export function nginxConfig(): string {
  // nginx drops every inherited add_header once a location adds one, so each location repeats them.
  const headers = (cache: string) =>
    [...SECURITY_HEADERS, ['Cache-Control', cache] as const]
      .map(([name, value]) => `        add_header ${name} ${quoteNginx(value)} always;`)
      .join('\n');
  const hashed = HASHED_PATHS.map((path) => path.replace(/\./g, '\\.')).join('|');
  const prefixes = LOCALES.map((l) => LOCALE_INFO[l].prefix).filter(Boolean);
  return `# Container Atlas behind nginx: a sample. Written by \`npm run headers\` from
# src/lib/host-headers.ts; edit that file, not this one. See docs/SECURITY.md.

server {
    listen 80;
    listen [::]:80;
    server_name container-atlas.dev;
    return 301 https://$host$request_uri;
}

server {
    # \`listen … http2\` works from nginx 1.9.5 on (Debian 12 ships 1.22); from 1.25.1, nginx
    # prefers a separate \`http2 on;\` and warns about this form, but still accepts it.
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name container-atlas.dev;
    # ssl_certificate     /etc/ssl/container-atlas.dev/fullchain.pem;
    # ssl_certificate_key /etc/ssl/container-atlas.dev/privkey.pem;

    root /srv/container-atlas/dist;
    index index.html;
    error_page 404 /404.html;
    charset utf-8;

    # Pages and files whose names stay the same from one build to the next.
    location / {
        try_files $uri $uri/ =404;
${headers(REVALIDATE)}
    }

    # /choose/ in every language, from the template the build writes beside the page
    # (src/lib/choose-ssi.ts): SSI ticks the answers the query string names, so a form
    # submitted without JavaScript, or a pasted link, opens answered.
    location ~ ^(${prefixes.join('|')})?/choose/$ {
        ssi on;
        ssi_value_length ${SSI_VALUE_LENGTH};
        default_type text/html;
        try_files \${uri}${CHOOSER_TEMPLATE} =404;
${headers(REVALIDATE)}
    }

    # File names that carry a content hash never change content (Pagefind's *.pf_meta too).
    location ~ ^(${hashed}) {
${headers(IMMUTABLE)}
    }
    location ~ ^/pagefind(-full)?/[^/]+\\.pf_meta$ {
${headers(IMMUTABLE)}
    }
}
`;
}

/** Each generated file, by its path in the repository. */
export const HOST_HEADER_FILES: Record<string, () => string> = {
  'public/_headers': headersFile,
  'deploy/nginx.conf': nginxConfig,
};
