/** Folds case and accents so "théâtre", "Theatre" and "THEATRE" match each other. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Every word of the query must appear somewhere in the searchable text. */
export function matchesSearch(foldedHaystack: string, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return words.every((w) => foldedHaystack.includes(w));
}
