import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { botInviteUrl, GUILDHALL_PERMISSIONS } from './botInviteUrl.js';

describe('botInviteUrl', () => {
  it('asks for the bot and applications.commands scopes with Guildhall permissions', () => {
    const url = new URL(botInviteUrl('849000000000000011'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('849000000000000011');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(GUILDHALL_PERMISSIONS.toString());
  });

  it('includes every permission Guildhall uses and not Administrator', () => {
    const needed = [
      'ManageRoles',
      'ManageChannels',
      'KickMembers',
      'BanMembers',
      'ModerateMembers',
      'ManageMessages',
      'SendMessages',
      'EmbedLinks',
      'ReadMessageHistory',
      'AddReactions',
      'CreatePublicThreads',
      'CreatePrivateThreads',
      'ManageThreads',
      'ViewChannel',
      'ManageGuild',
    ] as const;
    for (const name of needed)
      expect(GUILDHALL_PERMISSIONS & PermissionFlagsBits[name]).toBe(PermissionFlagsBits[name]);
    expect(GUILDHALL_PERMISSIONS & PermissionFlagsBits.Administrator).toBe(0n);
  });

  it('can preselect the server', () => {
    const url = new URL(botInviteUrl('1', '849000000000000001'));
    expect(url.searchParams.get('guild_id')).toBe('849000000000000001');
    expect(url.searchParams.get('disable_guild_select')).toBe('true');
  });
});
