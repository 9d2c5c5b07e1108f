/**
 * Ids of a matrix page's per-column source lists, shared by MatrixTable (whose
 * footnotes link to them) and ColumnSources (which renders them).
 */

/** The heading over column `flatcar`'s sources: `src-flatcar`. */
export const columnSourcesId = (column: string) => `src-${column}`;

/** Prefix of that list's entries: footnotes link to `#src-flatcar-<key>`. */
export const columnSourcePrefix = (column: string) => `${columnSourcesId(column)}-`;
