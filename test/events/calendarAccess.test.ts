import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuildhall, type RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { silentLogger } from '../../src/core/Logger.js';
import { devSession } from '../auth/devSession.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

const schema = `calaccess_${randomBytes(5).toString('hex')}`;

describe(`the community calendar behind the real access hook (${testDialect})`, () => {
  let app: RunningGuildhall;

  beforeAll(async () => {
    const configText = starterConfig().replace(/^( {4}public:) true$/m, '$1 false');
    expect(configText).toMatch(/^ {4}public: false$/m);
    app = await startGuildhall({
      configText,
      ...(testDialect === 'postgres'
        ? { databaseUrl: testPostgresUrl, databaseSchema: schema }
        : { databaseUrl: ':memory:' }),
      port: 0,
      env: {},
      log: silentLogger(),
      runScheduler: false,
    });
  });

  afterAll(async () => {
    await app.stop();
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('with events.calendar.public false: 403 without a session, the feed for signed-in staff', async () => {
    const anonymous = await fetch(`${app.url}/api/events/calendar.ics`);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toEqual({ error: 'the community calendar is not public: sign in to the dashboard' });

    const staff = await fetch(`${app.url}/api/events/calendar.ics`, { headers: await devSession(app.url, 'sam') });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(staff.headers.get('content-disposition')).toBe(
      `inline; filename="community.ics"; filename*=UTF-8''community.ics`,
    );
    expect(await staff.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-CALNAME:My Community\r\n[\s\S]*END:VCALENDAR/);

    // A stale cookie is nobody, not an error.
    const stale = await fetch(`${app.url}/api/events/calendar.ics`, {
      headers: { cookie: '__Host-guildhall_session=nope' },
    });
    expect(stale.status).toBe(403);
    // A member feed needs no session, and an unknown token is 404.
    expect((await fetch(`${app.url}/api/events/feeds/${'a'.repeat(43)}.ics`)).status).toBe(404);
  });
});
