import { describe, expect, it } from 'vitest';
import { assertPrivateBind, isLoopback } from './publicBind.js';

describe('listening beyond this machine', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'guildhall.example.org', '128.0.0.1']) {
      expect(isLoopback(host)).toBe(false);
    }
  });

  it('refuses a public address for the sandbox (its dev login) without GUILDHALL_ALLOW_PUBLIC=1, saying why', () => {
    expect(() => assertPrivateBind('0.0.0.0', {})).toThrow(
      /refusing to listen on 0\.0\.0\.0: without DISCORD_TOKEN Guildhall runs the sandbox, whose dev login/,
    );
    expect(() => assertPrivateBind('0.0.0.0', { GUILDHALL_ALLOW_PUBLIC: 'yes' })).toThrow(/GUILDHALL_ALLOW_PUBLIC=1/);
    expect(() => assertPrivateBind('0.0.0.0', { GUILDHALL_ALLOW_PUBLIC: '1' })).not.toThrow();
    expect(() => assertPrivateBind('127.0.0.1', {})).not.toThrow();
  });

  it('lets Guildhall on Discord listen publicly: every route is behind the Discord sign-in', () => {
    expect(() => assertPrivateBind('0.0.0.0', { DISCORD_TOKEN: 'token' })).not.toThrow();
    expect(() => assertPrivateBind('guildhall.example.org', { DISCORD_TOKEN: '' })).toThrow(/dev login/);
  });
});
