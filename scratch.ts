import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { ESBUILD_OPTIONS } from './infra/bundling.js';
const cases: Record<string, string> = {
  empty: `export const x = 1;`,
  iconv: `import iconv from 'iconv-lite'; export const x = iconv.decode(Buffer.from([0x93]), 'windows-1252');`,
  chardet: `import chardet from 'chardet'; export const x = chardet.analyse(Buffer.from('abc'));`,
  sniffer: `import { getEncoding } from 'encoding-sniffer/sniffer'; export const x = getEncoding(Buffer.from('<meta charset=latin1>'));`,
};
for (const [name, code] of Object.entries(cases)) {
  writeFileSync(`/work/wt/ops/scratch-${name}.ts`, code);
  buildSync({ ...ESBUILD_OPTIONS, entryPoints: [`/work/wt/ops/scratch-${name}.ts`], outfile: `/tmp/ops/${name}.cjs` });
}
const t = (f: string) => { const s = process.hrtime.bigint(); spawnSync(process.execPath, ['-e', `require('/tmp/ops/${f}.cjs')`]); return Number(process.hrtime.bigint() - s) / 1e6; };
const runs: Record<string, number[]> = {};
for (let i = 0; i < 21; i++) for (const n of Object.keys(cases)) (runs[n] ??= []).push(t(n));
for (const [n, v] of Object.entries(runs)) console.log(n, v.sort((a, b) => a - b)[10]!.toFixed(1));
