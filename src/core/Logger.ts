import { pino, type Logger as PinoLogger } from 'pino';

/** Structured logger (pino). Modules get a child tagged with their id. */
export type Logger = PinoLogger;

/**
 * Creates the process logger. `LOG_LEVEL` sets the level (default `info`; `silent` in tests).
 * @param level - overrides `LOG_LEVEL`
 */
export function createLogger(level?: string): Logger {
  return pino({
    level: level ?? process.env.LOG_LEVEL ?? 'info',
    base: { app: 'guildhall' },
  });
}

/** A logger that writes nothing (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
