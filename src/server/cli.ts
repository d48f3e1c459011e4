#!/usr/bin/env node
/// <reference types="node" />
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const USAGE = `Usage:
  smp-widgets render <page.html | -> [--stylesheets <address>] > out.html
      Pre-renders every widget of the page (from stdin with -). Each shadow root links its stylesheet from
      <address> (default /smp-widgets/styles/), where the files of "smp-widgets stylesheets" are served.
  smp-widgets stylesheets <folder>
      Writes the stylesheets pre-rendered widgets link (smp-clinic-checklist.css and the others).
  smp-widgets --help
      Prints this.
`;

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Node API; it needs @lit-labs/ssr and parse5, which the package lists as optional peers. */
async function api(): Promise<typeof import('./render.js')> {
  try {
    return await import('./render.js');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(`pre-rendering needs two more packages: npm install @lit-labs/ssr parse5\n(${(error as Error).message})`);
  }
}

async function main(args: string[]): Promise<number> {
  const [command, target, ...rest] = args;
  if (command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'render' && target) {
    const flag = rest.indexOf('--stylesheets');
    const stylesheets = flag >= 0 ? rest[flag + 1] : undefined;
    if (flag >= 0 && !stylesheets) return usage('--stylesheets needs an address');
    const { prerenderPage } = await api();
    process.stdout.write(await prerenderPage(await readInput(target), { stylesheets }));
    return 0;
  }
  if (command === 'stylesheets' && target) {
    const { stylesheetFor, WIDGET_TAGS } = await api();
    await mkdir(target, { recursive: true });
    for (const tag of WIDGET_TAGS) await writeFile(join(target, `${tag}.css`), stylesheetFor(tag));
    return 0;
  }
  return usage(command ? `unknown command or missing argument: ${args.join(' ')}` : undefined);
}

function usage(problem?: string): number {
  if (problem) process.stderr.write(`smp-widgets: ${problem}\n\n`);
  process.stderr.write(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`smp-widgets: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
