import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { createAuthHarness, TestBrowser, type AuthHarness } from './authHarness.js';
import { FAKE_CLIENT, startFakeDiscordOAuth, type FakeDiscordOAuth } from './fakeDiscordOAuth.js';

const DASHBOARD_URL = 'http://127.0.0.1:8787';

let h: AuthHarness;
let discord: FakeDiscordOAuth;

/** The whole round trip: our /auth/login, the provider's authorize page, our /auth/callback. */
async function signInWithDiscord(browser: TestBrowser): Promise<{ status: number; location?: string; body: string }> {
  const login = await browser.get('/auth/login');
  expect(login.statusCode).toBe(302);
  const authorize = new URL(login.headers.location ?? '');
  expect(authorize.origin).toBe(discord.baseUrl);
  const back = await fetch(authorize, { redirect: 'manual' });
  expect(back.status).toBe(302);
  const callback = new URL(back.headers.get('location') ?? '');
  expect(`${callback.origin}${callback.pathname}`).toBe(`${DASHBOARD_URL}/auth/callback`);
  const answer = await browser.get(`${callback.pathname}${callback.search}`);
  return {
    status: answer.statusCode,
    ...(answer.headers.location === undefined ? {} : { location: answer.headers.location }),
    body: answer.body,
  };
}

describe(`Discord login through a fake OAuth2 provider (${testDialect})`, () => {
  beforeEach(async () => {
    discord = await startFakeDiscordOAuth();
    h = await createAuthHarness({
      env: {
        DASHBOARD_URL,
        DISCORD_CLIENT_ID: FAKE_CLIENT.id,
        DISCORD_CLIENT_SECRET: FAKE_CLIENT.secret,
        DISCORD_OAUTH_BASE_URL: discord.baseUrl,
        DISCORD_API_BASE_URL: discord.apiBaseUrl,
      },
    });
  });

  afterEach(async () => {
    await h.close();
    await discord.close();
  });

  it('signs a moderator in with the identify scope only, and records the login', async () => {
    const noor = await h.member('noor');
    discord.signInAs({ id: noor.userId, username: 'noor', global_name: 'Noor N.' });
    const browser = new TestBrowser(h.app);
    expect((await browser.session()).loginMethods).toEqual(['discord', 'dev']);
    const result = await signInWithDiscord(browser);
    expect(result).toMatchObject({ status: 302, location: '/' });
    expect(discord.scopesAsked).toEqual(['identify']);
    const session = await browser.session();
    expect(session.user).toEqual({ userId: noor.userId, name: 'Noor N.', role: 'moderator', devLogin: false });
    expect((await browser.post('/api/moderator')).statusCode).toBe(200);
    expect((await browser.get('/api/admin')).statusCode).toBe(403);
    const [entry] = await h.t.engine.audit.list({ actionPrefix: 'dashboard.' });
    expect(entry).toMatchObject({
      actor: `discord:${noor.userId}`,
      action: 'dashboard.login',
      details: { method: 'discord', role: 'moderator' },
    });
  });

  it('keeps the OAuth2 state in a __Host- cookie and refuses a callback whose state does not match', async () => {
    const sam = await h.member('sam');
    discord.signInAs({ id: sam.userId, username: 'sam', global_name: null });
    const browser = new TestBrowser(h.app);
    const login = await browser.get('/auth/login');
    const state = login.cookies.find((c) => c.name === '__Host-oauth2-redirect-state');
    expect(state).toMatchObject({ secure: true, httpOnly: true, path: '/' });
    const back = await fetch(new URL(login.headers.location ?? ''), { redirect: 'manual' });
    const callback = new URL(back.headers.get('location') ?? '');
    callback.searchParams.set('state', 'forged');
    const answer = await browser.get(`${callback.pathname}${callback.search}`);
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('Sign-in failed');
    expect((await browser.session()).user).toBeNull();
  });

  it('refuses a member with none of the roles with a page saying why, and a stranger too', async () => {
    const priya = await h.member('priya');
    discord.signInAs({ id: priya.userId, username: 'priya', global_name: 'Priya' });
    const refused = await signInWithDiscord(new TestBrowser(h.app));
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('none of the roles that give access');
    discord.signInAs({ id: '999999999999999999', username: 'stranger', global_name: null });
    const stranger = await signInWithDiscord(new TestBrowser(h.app));
    expect(stranger.status).toBe(403);
    expect(stranger.body).toContain('not a member');
    expect(await h.t.engine.audit.list({ actionPrefix: 'dashboard.' })).toEqual([]);
  });

  it('makes the guild owner admin whatever their roles', async () => {
    const mira = await h.member('mira');
    discord.signInAs({ id: mira.userId, username: 'mira', global_name: 'Mira' });
    const browser = new TestBrowser(h.app);
    await signInWithDiscord(browser);
    expect((await browser.session()).user?.role).toBe('admin');
    expect((await browser.get('/api/admin')).statusCode).toBe(200);
  });
});
