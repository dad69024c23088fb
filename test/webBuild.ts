import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const webDir = join(repoRoot, 'web');

/**
 * The dashboard built from the current web/ sources, once per change of those sources: the
 * build goes to a directory named by a hash of every source file (never a stale web/dist), and
 * the browser tests of a run all serve it.
 * @returns the directory holding index.html and its assets
 */
export async function builtWebRoot(): Promise<string> {
  const root = join(tmpdir(), `guildhall-web-${webSourcesHash()}`);
  if (existsSync(join(root, 'index.html'))) return root;
  const scratch = mkdtempSync(join(tmpdir(), 'guildhall-web-build-'));
  await build({
    configFile: join(webDir, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: scratch, emptyOutDir: true },
  });
  try {
    renameSync(scratch, root);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // a concurrent run built it first
  }
  return root;
}

/** A hash of web/ (sources, config, assets; not its build output). */
function webSourcesHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'dist' || name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${relative(webDir, path)}\n`).update(readFileSync(path));
    }
  };
  walk(webDir);
  return hash.digest('hex').slice(0, 16);
}
