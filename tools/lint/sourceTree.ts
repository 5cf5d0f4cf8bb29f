import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');

/** every file of the repository, committed or new, as git sees it (nothing ignored: no node_modules, no build output) */
export function repoFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '');
}

export const isSource = (file: string) => /\.(ts|tsx|mts)$/.test(file) && !file.includes('/__generated__/');

/** tests pin values literally on purpose (golden cases, the simulator's paths written out): no test is a definition */
export const isTest = (file: string) => /\.test\.tsx?$/.test(file) || /(^|\/)test\//.test(file);

const printer = ts.createPrinter({ removeComments: true });

/**
 * A source file's code without its comments: a comment that explains a rule, or cites where it
 * lives, is not a second definition of it.
 */
export function codeOf(file: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return printer.printFile(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind));
}

export function textOf(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}
