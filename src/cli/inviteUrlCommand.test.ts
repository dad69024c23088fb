import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/fixtures/config/captureIO.js';
import { PERMISSION_FLAGS } from '../platform/permissionFlags.js';
import { inviteUrlCommand } from './inviteUrlCommand.js';

function permissionsOf(url: string): bigint {
  return BigInt(new URL(url).searchParams.get('permissions') ?? '0');
}

describe('guildhall invite-url', () => {
  it('asks for Guildhall’s own permissions and scopes', () => {
    const io = captureIO();
    expect(inviteUrlCommand({ clientId: '123456789012345678', guild: '223456789012345678' }, io)).toBe(0);
    const url = new URL(io.stdout.join('\n').trim());
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('guild_id')).toBe('223456789012345678');
    const bits = permissionsOf(url.href);
    expect(bits & PERMISSION_FLAGS.ManageRoles).toBe(PERMISSION_FLAGS.ManageRoles);
    expect(bits & PERMISSION_FLAGS.Administrator).toBe(0n);
  });

  it('with --config also asks for what the blueprint hands out, except Administrator', () => {
    const plain = captureIO();
    inviteUrlCommand({ clientId: '123456789012345678' }, plain);
    const io = captureIO();
    expect(inviteUrlCommand({ clientId: '123456789012345678', config: 'templates/miyabi/community.yaml' }, io)).toBe(0);
    const bits = permissionsOf(io.stdout.join('\n').trim());
    expect(bits & permissionsOf(plain.stdout.join('\n').trim())).toBe(permissionsOf(plain.stdout.join('\n').trim()));
    for (const name of ['Connect', 'Speak', 'MuteMembers', 'MoveMembers'] as const) {
      expect(bits & PERMISSION_FLAGS[name]).toBe(PERMISSION_FLAGS[name]);
    }
    expect(bits & PERMISSION_FLAGS.Administrator).toBe(0n);
    expect(io.stderr.join('\n')).toContain('gives a role Administrator');
  });

  it('refuses a bad id and a broken config', () => {
    const io = captureIO();
    expect(inviteUrlCommand({ clientId: 'abc' }, io)).toBe(1);
    expect(io.stderr).toEqual(['--client-id: "abc" is not a Discord id (17–20 digits)']);
    const missing = captureIO();
    expect(inviteUrlCommand({ clientId: '123456789012345678', config: 'nope.yaml' }, missing)).toBe(1);
    expect(missing.stderr.join('\n')).toContain('nope.yaml: cannot read the file');
  });
});
