import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { AUTH_CONFIG, createAuthHarness, TestBrowser, type AuthHarness } from './authHarness.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

let h: AuthHarness;

/** Signs `username` in with the dev login; returns the browser. */
async function signedIn(username: string): Promise<TestBrowser> {
  const browser = new TestBrowser(h.app);
  const login = await browser.devLogin((await h.member(username)).userId);
  expect(login.statusCode).toBe(200);
  return browser;
}

describe(`sessions and route access (${testDialect})`, () => {
  afterEach(async () => {
    await h.close();
  });

  it('answers 401 without a session and 403 for a role too low; sets the user for handlers', async () => {
    h = await createAuthHarness();
    const anonymous = new TestBrowser(h.app);
    expect((await anonymous.get('/api/viewer')).json()).toEqual({ error: 'sign in' });
    expect((await anonymous.get('/api/viewer')).statusCode).toBe(401);
    expect((await anonymous.get('/healthz')).statusCode).toBe(200);
    // No route: nothing to protect, the not-found answer goes out as it is.
    expect((await anonymous.get('/api/no-such-route')).statusCode).toBe(404);
    const sam = await signedIn('sam');
    const viewer = await sam.get('/api/viewer');
    expect(viewer.json()).toMatchObject({ user: { name: 'Sam', role: 'viewer' } });
    const tooLow = await sam.post('/api/moderator');
    expect(tooLow.statusCode).toBe(403);
    expect(tooLow.json()).toEqual({ error: 'needs the moderator role' });
    expect((await sam.get('/api/admin')).json()).toEqual({ error: 'needs the admin role' });
  });

  it('refuses a state-changing call without the CSRF token or with a wrong one', async () => {
    h = await createAuthHarness();
    const noor = await signedIn('noor');
    const missing = await noor.post('/api/moderator', undefined, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toEqual({ error: 'missing csrf token (x-csrf-token header)' });
    const wrong = await noor.post('/api/moderator', undefined, { csrf: 'not-the-token' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toEqual({ error: 'invalid csrf token' });
    // Another browser's token does not fit this browser's secret.
    const other = new TestBrowser(h.app);
    await other.session();
    expect((await noor.post('/api/moderator', undefined, { csrf: other.csrfToken ?? '' })).statusCode).toBe(403);
    expect((await noor.post('/api/moderator')).json()).toEqual({ done: true });
  });

  it('ends a session when its time is up', async () => {
    h = await createAuthHarness();
    const sam = await signedIn('sam');
    h.t.clock.advance(7 * DAY - MINUTE);
    // Roles are re-checked on the way (more than 5 minutes passed): still a viewer.
    expect((await sam.get('/api/viewer')).statusCode).toBe(200);
    h.t.clock.advance(MINUTE);
    expect((await sam.get('/api/viewer')).statusCode).toBe(401);
    expect((await sam.session()).user).toBeNull();
  });

  it('revokes the session at logout: the old cookie signs nobody in', async () => {
    h = await createAuthHarness();
    const sam = await signedIn('sam');
    const cookie = sam.jar.get('__Host-guildhall_session') ?? '';
    expect((await sam.post('/auth/logout', undefined, { csrf: false })).statusCode).toBe(403);
    const logout = await sam.post('/auth/logout');
    expect(logout.json()).toEqual({ signedOut: true });
    expect(sam.jar.get('__Host-guildhall_session')).toBeUndefined();
    const replay = new TestBrowser(h.app);
    replay.jar.set('__Host-guildhall_session', cookie);
    expect((await replay.get('/api/viewer')).statusCode).toBe(401);
    const actions = (await h.t.engine.audit.list({ actionPrefix: 'dashboard.' })).map((r) => r.action);
    expect(actions).toEqual(['dashboard.logout', 'dashboard.login']);
  });

  it('re-checks roles after roleRefresh: a moderator who lost the role is refused moderator routes', async () => {
    h = await createAuthHarness();
    const noor = await signedIn('noor');
    const { userId } = await h.member('noor');
    await h.t.sandbox.removeRole(h.t.guild.id, userId, h.t.role('Moderator').id, 'test');
    h.t.clock.advance(4 * MINUTE);
    expect((await noor.post('/api/moderator')).statusCode).toBe(200);
    h.t.clock.advance(2 * MINUTE);
    const after = await noor.post('/api/moderator');
    expect(after.statusCode).toBe(403);
    expect(after.json()).toEqual({ error: 'needs the moderator role' });
    expect((await noor.session()).user?.role).toBe('viewer');
  });

  it('withdraws access from a member who lost every dashboard role', async () => {
    h = await createAuthHarness();
    const sam = await signedIn('sam');
    const { userId } = await h.member('sam');
    await h.t.sandbox.removeRole(h.t.guild.id, userId, h.t.role('Member').id, 'test');
    h.t.clock.advance(6 * MINUTE);
    const lost = await sam.get('/api/viewer');
    expect(lost.statusCode).toBe(403);
    expect(lost.json()).toEqual({ error: 'no longer has dashboard access: sign in again' });
    expect((await sam.get('/api/viewer')).statusCode).toBe(401);
  });

  it('lets members with none of the roles in as viewers with allowEveryone', async () => {
    h = await createAuthHarness({ configText: `${AUTH_CONFIG}  allowEveryone: true\n` });
    const priya = await signedIn('priya');
    expect((await priya.session()).user?.role).toBe('viewer');
  });

  it('limits /auth/* to 20 requests a minute per address, and nothing else', async () => {
    h = await createAuthHarness();
    const browser = new TestBrowser(h.app);
    await browser.session();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await browser.post('/auth/dev-login', { userId: '1' })).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    const limited = await browser.post('/auth/dev-login', { userId: '1' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ error: string }>().error).toContain('too many sign-in requests');
    for (let i = 0; i < 25; i += 1) expect((await browser.get('/api/session')).statusCode).toBe(200);
  });

  it('sends security headers, and asks for the bearer token on /metrics when one is set', async () => {
    h = await createAuthHarness({ env: { GUILDHALL_METRICS_TOKEN: 's3cret' } });
    const browser = new TestBrowser(h.app);
    const session = await browser.get('/api/session');
    expect(session.headers['content-security-policy']).toContain("script-src 'self'");
    expect(session.headers['x-content-type-options']).toBe('nosniff');
    expect(session.cookies.find((c) => c.name === '__Host-guildhall_csrf')).toMatchObject({
      secure: true,
      httpOnly: true,
    });
    expect((await browser.get('/metrics')).statusCode).toBe(401);
    expect((await browser.get('/metrics', { authorization: 'Bearer wrong' })).statusCode).toBe(401);
    expect((await browser.get('/metrics', { authorization: 'Bearer s3cret' })).statusCode).toBe(200);
  });
});
