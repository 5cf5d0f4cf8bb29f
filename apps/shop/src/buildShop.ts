import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const APP = join(__dirname, '..');
const ROOT = join(APP, '..', '..');
export const SHOP_DIST = join(APP, 'dist');
const STAMP = join(SHOP_DIST, '.source-hash');

/**
 * Builds the shop with Vite unless dist/ was built from exactly these sources (a hash of web/,
 * the Vite config and the lockfile): `npm start` and the tests on a fresh clone get a current
 * build, in about two seconds, and an unchanged shop costs nothing.
 */
export async function ensureShopBuilt(): Promise<'built' | 'current'> {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(join(SHOP_DIST, 'index.html'))) return 'current';
  await runVite();
  writeFileSync(STAMP, hash);
  return 'built';
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [...walk(join(APP, 'web')), join(APP, 'vite.config.mts'), join(ROOT, 'package-lock.json')];
  for (const file of files.sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

function runVite(): Promise<void> {
  // the package's exports hide its bin: npm workspaces install it at the root
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(APP, 'vite.config.mts')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the shop's build failed (vite exit ${code}): ${stderr.slice(-2000)}`))));
  });
}
