/**
 * Turns what a person typed into a safe tsquery: words only (letters and digits
 * in any script), each matched as a prefix ("lohn" finds "Lohnabrechnung"), all
 * required. Nothing of the input reaches the query syntax, so operators, quotes
 * or SQL fragments are just words.
 */
export type TextQuery = { raw: string; words: string[] };

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

export function buildTextQuery(input: string | undefined): TextQuery | null {
  if (!input) return null;
  const raw = input.normalize("NFKC").toLowerCase().trim().slice(0, 100);
  const terms = raw
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, MAX_TERM_LENGTH));
  if (terms.length === 0) return null;
  return { raw: terms.join(" "), words: terms };
}
