import { join } from 'node:path';
import { ESLint } from 'eslint';

/**
 * Lints probe sources as if they were files of the workspace and prints, for each, the messages of
 * the module-boundary rules (Nx's, and no-restricted-imports for paths past a project's name) (JSON on stdin: `[{ file, source }]`; JSON on stdout). A process of its
 * own: ESLint loads its flat config with import(), which Jest's module sandbox refuses.
 */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const probes = JSON.parse(await readStdin()) as { file: string; source: string }[];
  const eslint = new ESLint({ cwd: root });
  const verdicts: string[][] = [];
  for (const { file, source } of probes) {
    const [result] = await eslint.lintText(`${source}\nexport const probe = 1;\n`, { filePath: join(root, file) });
    verdicts.push(result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports' || m.fatal).map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(verdicts));
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
