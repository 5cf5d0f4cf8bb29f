import { defineConfig } from 'vite';

/**
 * The sample ticket shop's build: plain Vite, React through the automatic JSX runtime of Vite's own
 * transformer (no plugin: the shop needs no fast refresh to be built), output in dist/ that
 * src/serveShop.ts serves on the shop's own origin.
 */
export default defineConfig({
  root: `${import.meta.dirname}/web`,
  base: '/',
  logLevel: 'warn',
  build: { outDir: `${import.meta.dirname}/dist`, emptyOutDir: true, sourcemap: true },
  oxc: { jsx: { runtime: 'automatic' } },
});
