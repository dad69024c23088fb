import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../core/Logger.js';
import type { GuildSnapshot } from '../platform/Platform.js';
import { warnAboutReferences } from './warnAboutReferences.js';

/** A logger that keeps each line's level and message. */
function capturingLogger(): { log: Logger; lines: { level: number; msg: string }[] } {
  const lines: { level: number; msg: string }[] = [];
  const log: Logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as { level: number; msg: string });
        done();
      },
    }),
  );
  return { log, lines };
}

const guild: GuildSnapshot = {
  id: '100000000000000001',
  name: 'Refs',
  ownerId: '100000000000000009',
  botHighestRolePosition: 2,
  verificationLevel: 'none',
  memberCount: 2,
  roles: [
    {
      id: '100000000000000001',
      name: '@everyone',
      color: 0,
      hoist: false,
      mentionable: false,
      permissions: '0',
      position: 0,
      managed: false,
    },
    {
      id: '100000000000000002',
      name: 'Moderator',
      color: 0,
      hoist: false,
      mentionable: false,
      permissions: '0',
      position: 1,
      managed: false,
    },
  ],
  channels: [],
};

const CONFIG = `version: 1
community:
  name: Refs
moderation:
  modLogChannel: mod-log
`;

describe('warnAboutReferences (guildhall start)', () => {
  it('logs one warning per channel or role the live server lacks, located in the file', async () => {
    const { log, lines } = capturingLogger();
    const withChannel = { ...guild, channels: [{ ...channelLike('100000000000000010', 'moderation') }] };
    await warnAboutReferences(
      { configText: CONFIG },
      { fetchGuild: () => Promise.resolve(withChannel) },
      guild.id,
      log,
    );
    expect(lines.map((l) => [l.level, l.msg])).toContainEqual([
      40,
      'community.yaml:5: moderation.modLogChannel: no channel "mod-log" on the server (did you mean "moderation"?)',
    ]);
    // The default roles of sections the file leaves out are checked too (Admin is missing).
    expect(
      lines.some((l) => l.msg.startsWith('community.yaml:4: moderation.adminRoles[0]: no role "Admin" on the server')),
    ).toBe(true);
  });

  it('never stops the start: a server that cannot be read is one warning', async () => {
    const { log, lines } = capturingLogger();
    await warnAboutReferences(
      { configText: CONFIG },
      { fetchGuild: () => Promise.reject(new Error('Unknown Guild')) },
      guild.id,
      log,
    );
    expect(lines.map((l) => l.msg)).toEqual([
      "could not check community.yaml's channels and roles against the server: Unknown Guild",
    ]);
  });
});

function channelLike(id: string, name: string): GuildSnapshot['channels'][number] {
  return {
    id,
    name,
    kind: 'text',
    parentId: null,
    position: 0,
    topic: null,
    rateLimitPerUser: 0,
    nsfw: false,
    permissionOverwrites: [],
    userLimit: 0,
    bitrate: 0,
    availableTags: [],
    defaultSortOrder: null,
  };
}
