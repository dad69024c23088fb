import { describe, expect, it } from 'vitest';
import { assertPrivateBind, isLoopback } from './publicBind.js';

describe('listening beyond this machine', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'guildhall.example.org', '128.0.0.1']) {
      expect(isLoopback(host)).toBe(false);
    }
  });

  it('refuses a public address without GUILDHALL_ALLOW_PUBLIC=1, saying why', () => {
    expect(() => assertPrivateBind('0.0.0.0', {})).toThrow(
      /refusing to listen on 0\.0\.0\.0: the dashboard has no login yet/,
    );
    expect(() => assertPrivateBind('0.0.0.0', { GUILDHALL_ALLOW_PUBLIC: 'yes' })).toThrow(/GUILDHALL_ALLOW_PUBLIC=1/);
    expect(() => assertPrivateBind('0.0.0.0', { GUILDHALL_ALLOW_PUBLIC: '1' })).not.toThrow();
    expect(() => assertPrivateBind('127.0.0.1', {})).not.toThrow();
  });
});
