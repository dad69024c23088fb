import type { Platform } from '../../src/platform/Platform.js';

/** Called around every platform method call: name, arguments, and its 1-based number. */
export interface PlatformHooks {
  before?(method: string, args: unknown[], call: number): void;
  after?(method: string, args: unknown[], call: number): void;
}

/**
 * A platform that forwards every call to `platform` (bound to it, so private fields work),
 * running hooks around each: to record calls or make the Nth one fail.
 * @param platform - the real platform
 * @param hooks - before/after each call
 */
export function wrapPlatform<P extends Platform>(platform: P, hooks: PlatformHooks): P {
  let calls = 0;
  return new Proxy(platform, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const method = value as (...args: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        calls += 1;
        const call = calls;
        hooks.before?.(property, args, call);
        const result = await method.apply(target, args);
        hooks.after?.(property, args, call);
        return result;
      };
    },
  });
}

/** Platform methods that change the server. */
export const WRITES = new Set([
  'createRole',
  'editRole',
  'deleteRole',
  'setRolePositions',
  'createChannel',
  'editChannel',
  'deleteChannel',
  'setChannelPositions',
]);
