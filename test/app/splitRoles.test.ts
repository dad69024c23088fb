import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { silentLogger } from '../../src/core/Logger.js';
import { signedInApi as api } from './signedInApi.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';
import type { Channel, Member, Message } from './sandboxShapes.js';

const schema = `roles_${randomBytes(5).toString('hex')}`;

function start(role: 'gateway' | 'worker' | 'api', leaseLost?: (error: Error) => void): Promise<RunningGuildhall> {
  return startGuildhall({
    configText: starterConfig(),
    databaseUrl: testPostgresUrl,
    databaseSchema: schema,
    port: 0,
    env: {},
    log: silentLogger(),
    role,
    ...(leaseLost === undefined ? {} : { leaseLost }),
  });
}

/** Polls until `check` holds (the workers handle events in their own time): no speed is assumed. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await read();
    if (check(value) || attempt >= 1_200) return value;
    await delay(100);
  }
}

describe.skipIf(testDialect !== 'postgres')(
  'guildhall start --role: gateway, two workers and api on PostgreSQL',
  () => {
    const running: RunningGuildhall[] = [];
    afterAll(async () => {
      for (const app of running.reverse()) await app.stop().catch(() => undefined);
      await dropSchema(schema);
    });

    it('records at the gateway, handles at the one worker that owns the guild, and hands it over when that worker stops', async () => {
      const lost: Error[] = [];
      const gateway = await start('gateway');
      running.push(gateway);
      const first = await start('worker', (error) => lost.push(error));
      running.push(first);
      const second = await start('worker', (error) => lost.push(error));
      running.push(second);
      const web = await start('api');
      running.push(web);
      const guildId = gateway.guildId;

      expect([first.owns(guildId), second.owns(guildId)]).toEqual([true, false]);
      expect(await api(second, 'GET', '/healthz')).toEqual({
        status: 'ok',
        platform: 'sandbox',
        database: 'postgres',
        role: 'worker',
        owns: [],
      });
      expect(await api(gateway, 'GET', '/healthz')).toMatchObject({ role: 'gateway' });

      // A join recorded by the gateway: the owning worker gives the role and the welcome.
      const ada = await api<Member>(gateway, 'POST', '/api/sandbox/members', { username: 'ada' });
      const roles = await api<{ id: string; name: string }[]>(gateway, 'GET', '/api/sandbox/roles');
      const newMember = roles.find((r) => r.name === 'New Member')?.id;
      const member = await eventually(
        () => api<Member>(gateway, 'GET', `/api/sandbox/members/${ada.userId}`),
        (m) => m.roles.length > 0,
      );
      expect(member.roles).toEqual([newMember]);
      const channels = await api<Channel[]>(gateway, 'GET', '/api/sandbox/channels');
      const byName = (name: string): string => channels.find((c) => c.name === name)?.id ?? '';
      const welcomes = await eventually(
        () => api<Message[]>(gateway, 'GET', `/api/sandbox/channels/${byName('welcome')}/messages`),
        (messages) => messages.some((m) => m.authorBot),
      );
      expect(welcomes.filter((m) => m.authorBot && m.content.includes(`<@${ada.userId}>`))).toHaveLength(1);

      // The first worker stops: the second takes the guild over and handles what comes next.
      await first.stop();
      running.splice(running.indexOf(first), 1);
      await eventually(
        () => Promise.resolve(second.owns(guildId)),
        (owns) => owns,
      );
      expect(second.owns(guildId)).toBe(true);
      await api(gateway, 'POST', `/api/sandbox/channels/${byName('general')}/messages`, {
        userId: ada.userId,
        content: 'hello everyone',
      });
      // A command through the api process: its answer comes from the worker.
      const asked = await api<{ interactionId: string }>(web, 'POST', '/api/sandbox/commands', {
        userId: ada.userId,
        channelId: byName('general'),
        name: 'rank',
        options: {},
      });
      const answered = await eventually(
        () =>
          api<{ reply: { content: string } | null }>(web, 'GET', `/api/sandbox/interactions/${asked.interactionId}`),
        (interaction) => interaction.reply !== null,
      );
      expect(answered.reply?.content.split('\n')[0]).toBe('You have 1 point: rank #1 of 1.');

      // Every event recorded was handled, and the welcome was posted once.
      const unhandled = await gateway.store.db
        .selectFrom('event_log')
        .select('id')
        .where('handled_at', 'is', null)
        .execute();
      expect(unhandled).toEqual([]);
      const welcomesAfter = await api<Message[]>(gateway, 'GET', `/api/sandbox/channels/${byName('welcome')}/messages`);
      expect(welcomesAfter.filter((m) => m.authorBot && m.content.includes(`<@${ada.userId}>`))).toHaveLength(1);
      expect(lost).toEqual([]);
    });
  },
);

describe.skipIf(testDialect !== 'sqlite')('guildhall start --role on SQLite', () => {
  it('refuses a split role: several processes need PostgreSQL', async () => {
    await expect(
      startGuildhall({
        configText: starterConfig(),
        databaseUrl: ':memory:',
        port: 0,
        env: {},
        log: silentLogger(),
        role: 'worker',
      }),
    ).rejects.toThrow(
      '--role worker needs PostgreSQL (DATABASE_URL=postgres://…): on SQLite one process does everything (--role all)',
    );
  });
});
