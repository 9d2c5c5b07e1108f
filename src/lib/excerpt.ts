/**
 * Pagefind's result excerpts are HTML: the page's text with `<` and `>`
 * escaped and each matched word wrapped in `<mark>`. The results list draws
 * them as text and <mark> elements instead of parsing that HTML, so nothing
 * in an indexed page or a query can become markup.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
      return { text: unescape(marked ? part.slice(6, -7) : part), mark: marked };
    });
}
