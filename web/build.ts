// Builds the workbench page with esbuild, in memory: nothing generated is committed, and
// `npm start`, `npm run workbench`, the tests and the bench all serve a build of the current code.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const WEB = dirname(fileURLToPath(import.meta.url));

export interface WorkbenchAssets {
  html: string;
  /** By file name, as served under /assets/. */
  files: Map<string, { type: string; body: Uint8Array }>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export async function buildWorkbench(): Promise<WorkbenchAssets> {
  const result = await build({
    entryPoints: { workbench: join(WEB, 'src/main.tsx') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: '/assets',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const files = new Map<string, { type: string; body: Uint8Array }>();
  for (const file of result.outputFiles) {
    const name = basename(file.path);
    files.set(name, { type: TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream', body: file.contents });
  }
  return { html: readFileSync(join(WEB, 'index.html'), 'utf8'), files };
}
