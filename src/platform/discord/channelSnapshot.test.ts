import { ChannelType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { channelKindOf, parseChannelSnapshot } from './channelSnapshot.js';

describe('channel kinds', () => {
  it('maps Discord channel types to Guildhall kinds', () => {
    expect(
      [
        ChannelType.GuildText,
        ChannelType.GuildAnnouncement,
        ChannelType.GuildForum,
        ChannelType.GuildMedia,
        ChannelType.GuildVoice,
        ChannelType.GuildStageVoice,
        ChannelType.GuildCategory,
        ChannelType.PublicThread,
        ChannelType.PrivateThread,
        ChannelType.AnnouncementThread,
        ChannelType.DM,
        ChannelType.GuildDirectory,
      ].map(channelKindOf),
    ).toEqual([
      'text',
      'announcement',
      'forum',
      'forum',
      'voice',
      'stage',
      'category',
      'thread',
      'thread',
      'thread',
      null,
      null,
    ]);
  });

  it('reads v6-era overwrites ("role"/"member", numeric bits) like today\'s', () => {
    const snapshot = parseChannelSnapshot({
      id: '1',
      type: 0,
      name: 'aa',
      position: 8,
      topic: null,
      permission_overwrites: [
        { id: '2', type: 'member', allow: 1024, deny: 0 },
        { id: '3', type: 0, allow: '0', deny: '2048' },
      ],
    });
    expect(snapshot).toEqual({
      id: '1',
      name: 'aa',
      kind: 'text',
      parentId: null,
      position: 8,
      topic: null,
      rateLimitPerUser: 0,
      nsfw: false,
      permissionOverwrites: [
        { id: '2', type: 'member', allow: '1024', deny: '0' },
        { id: '3', type: 'role', allow: '0', deny: '2048' },
      ],
      userLimit: 0,
      bitrate: 0,
      availableTags: [],
      defaultSortOrder: null,
    });
  });
});
