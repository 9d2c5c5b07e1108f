/**
 * getStaticPaths for pages with their own parameters, built once per language
 * under `src/pages/[...locale]/` (pages with none use `localeParams`).
 */
import { localeParams, type Locale } from './locales.ts';

/** Each language's pages from `make`, which gets the language and returns that language's paths. */
export async function perLocaleFrom<Params extends Record<string, string>, Props extends Record<string, unknown>>(
  make: (locale: Locale) => Promise<{ params: Params; props: Props }[]>,
) {
  const paths = [];
  for (const { params, props } of localeParams()) {
    for (const path of await make(props.locale))
      paths.push({ params: { ...path.params, ...params }, props: path.props });
  }
  return paths;
}
