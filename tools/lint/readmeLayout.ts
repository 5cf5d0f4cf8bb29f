/** One entry of the README's layout: a path it names (a folder ends in `/`) and the line that names it. */
export interface LayoutEntry {
  path: string;
  /** the top-level folder it is listed under, for a nested entry */
  parent?: string;
  line: number;
}

const NAME = /^[\w.@-][\w./@-]*$/;

/**
 * Reads the tree drawn in the README's "## Layout" section (its first code block). A line names
 * paths in its first column, which ends at two spaces: at the left margin a top-level path, two
 * spaces in an entry of the top-level folder above; deeper lines continue a description.
 * Several names share a column with a space or a comma between them. A first column that does not
 * read as names is refused, so the tree cannot drift into prose the check would skip.
 */
export function readLayout(readme: string): { entries: LayoutEntry[]; unreadable: string[] } {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.trim() === '## Layout');
  if (start < 0) return { entries: [], unreadable: ['no "## Layout" section'] };
  const open = lines.findIndex((l, i) => i > start && l.startsWith('```'));
  const close = lines.findIndex((l, i) => i > open && l.startsWith('```'));
  const entries: LayoutEntry[] = [];
  const unreadable: string[] = [];
  let parent: string | undefined;
  for (let i = open + 1; i < close; i++) {
    const indent = lines[i].length - lines[i].trimStart().length;
    if (lines[i].trim() === '' || indent > 2) continue;
    const names = lines[i].trim().split(/\s{2,}/)[0].split(/,?\s+/);
    if (!names.every((n) => NAME.test(n))) {
      unreadable.push(`line ${i + 1}: ${lines[i].trim()}`);
      continue;
    }
    if (indent === 0) parent = names.length === 1 && names[0].endsWith('/') ? names[0] : undefined;
    if (indent === 2 && !parent) unreadable.push(`line ${i + 1}: an entry under no folder`);
    for (const name of names) entries.push(indent === 0 ? { path: name, line: i + 1 } : { path: `${parent}${name}`, parent, line: i + 1 });
  }
  return { entries, unreadable };
}
