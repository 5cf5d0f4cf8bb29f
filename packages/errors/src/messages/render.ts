/**
 * Message templates: `{name}` is replaced by the value of that name; `[ ... ]` is an optional part,
 * kept only when every `{name}` inside it has a value. One syntax for every language, so a test
 * can check that the three translations of a message take the same values.
 */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

const OPTIONAL = /\[([^\]]*)\]/g;
const PLACEHOLDER = /\{(\w+)\}/g;

export function renderTemplate(template: string, params: MessageParams = {}): string {
  const given = (name: string) => params[name] !== undefined && params[name] !== '';
  const withOptional = template.replace(OPTIONAL, (_all, inner: string) => ([...inner.matchAll(PLACEHOLDER)].every((m) => given(m[1])) ? inner : ''));
  return withOptional.replace(PLACEHOLDER, (_all, name: string) => (given(name) ? String(params[name]) : ''));
}

/** the names a template takes, for the catalogue's completeness test */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}
