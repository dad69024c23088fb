import { OUTBOX_ACTIONS } from '../../src/core/outbox/index.js';
import type { Platform } from '../../src/platform/Platform.js';
import type { CrashSwitch } from './CrashSwitch.js';

/** The platform methods that change something members see: await points before and after. */
const EFFECTS = new Set<string>([...OUTBOX_ACTIONS, 'createThread']);

/**
 * The platform as the simulated process reaches it: each effect is an await point before the
 * call (not sent) and after it (sent, but the process dies before noting it).
 */
export function crashingPlatform(platform: Platform, crash: CrashSwitch): Platform {
  return new Proxy(platform, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
      if (typeof property !== 'string' || !EFFECTS.has(property)) return method;
      return async (...args: unknown[]) => {
        crash.point(`before ${property}`);
        const result = await method(...args);
        crash.point(`after ${property}`);
        return result;
      };
    },
  });
}
