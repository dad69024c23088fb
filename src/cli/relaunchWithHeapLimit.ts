import { spawn } from 'node:child_process';

/** V8 old-space limit of `guildhall import` unless GUILDHALL_IMPORT_HEAP_MB says otherwise. */
export const IMPORT_HEAP_MB = 128;

/** Set in the relaunched process, so it does not relaunch again. */
const RELAUNCHED = 'GUILDHALL_HEAP_LIMITED';

/**
 * Runs this same command again in a child Node process with a V8 heap limit, and gives its exit
 * code; or null when the current process should go on by itself (already limited, a limit in
 * NODE_OPTIONS or the node flags, or GUILDHALL_IMPORT_HEAP_MB=0). Why: a long import makes
 * garbage fast and V8 lets its heap grow to several times what is live (a 250k-message import
 * peaked at 530 MB of resident memory with about 120 MB live); a limit makes it collect sooner,
 * and V8 cannot be given one once it is running. The child shares the terminal (progress,
 * Ctrl-C) and the environment.
 * @param env - the environment (GUILDHALL_IMPORT_HEAP_MB, NODE_OPTIONS)
 * @param argv - this process's arguments (`process.argv`)
 * @param execArgv - this process's node flags (`process.execArgv`)
 */
export async function relaunchWithHeapLimit(
  env: Record<string, string | undefined>,
  argv: readonly string[] = process.argv,
  execArgv: readonly string[] = process.execArgv,
): Promise<number | null> {
  const mb = heapLimitMb(env);
  if (mb === null || env[RELAUNCHED] === '1') return null;
  const limited = (flags: string): boolean => /--max-old-space-size/.test(flags);
  if (limited(env.NODE_OPTIONS ?? '') || execArgv.some(limited)) return null;
  const child = spawn(process.execPath, [...execArgv, `--max-old-space-size=${mb}`, ...argv.slice(1)], {
    stdio: 'inherit',
    env: { ...env, [RELAUNCHED]: '1' },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128 + signalNumber(signal))));
  });
}

/**
 * The heap limit to use, in MB: GUILDHALL_IMPORT_HEAP_MB (0 = none) or {@link IMPORT_HEAP_MB}.
 * @param env - the environment
 * @throws Error when GUILDHALL_IMPORT_HEAP_MB is not a whole number of MB
 */
export function heapLimitMb(env: Record<string, string | undefined>): number | null {
  const given = env.GUILDHALL_IMPORT_HEAP_MB;
  if (given === undefined || given === '') return IMPORT_HEAP_MB;
  if (!/^\d+$/.test(given)) throw new Error(`GUILDHALL_IMPORT_HEAP_MB="${given}" is not a whole number of MB`);
  const mb = Number(given);
  return mb === 0 ? null : mb;
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : signal === 'SIGKILL' ? 9 : 1;
}
