import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { createAuthHarness, TestBrowser, type AuthHarness } from './authHarness.js';

let h: AuthHarness;

describe(`sandbox dev login (${testDialect})`, () => {
  afterEach(async () => {
    await h.close();
  });

  describe('on the sandbox', () => {
    beforeEach(async () => {
      h = await createAuthHarness();
    });

    it('offers the dev login with the sandbox members to choose from, and no Discord login without its settings', async () => {
      const session = await new TestBrowser(h.app).session();
      expect(session.user).toBeNull();
      expect(session.loginMethods).toEqual(['dev']);
      const names = (session.devMembers ?? []).map((m) => m.name);
      expect(names).toEqual(expect.arrayContaining(['Mira', 'Noor', 'Sam', 'Priya']));
      expect(names).not.toContain('Guildhall');
      expect(session.csrfToken).not.toBe('');
    });

    it('signs in as a member with the role their sandbox roles give, marked as a dev login', async () => {
      const browser = new TestBrowser(h.app);
      const noor = await h.member('noor');
      const login = await browser.devLogin(noor.userId);
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.find((c) => c.name === '__Host-guildhall_session');
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
      const session = await browser.session();
      expect(session.user).toEqual({ userId: noor.userId, name: 'Noor', role: 'moderator', devLogin: true });
      expect((await browser.post('/api/moderator')).statusCode).toBe(200);
      const [entry] = await h.t.engine.audit.list({ actionPrefix: 'dashboard.' });
      expect(entry).toMatchObject({
        actor: `discord:${noor.userId}`,
        action: 'dashboard.login',
        details: { method: 'dev', role: 'moderator' },
      });
    });

    it('makes the guild owner admin and refuses a member with none of the roles', async () => {
      const browser = new TestBrowser(h.app);
      await browser.devLogin((await h.member('mira')).userId);
      expect((await browser.get('/api/admin')).statusCode).toBe(200);
      const refused = await new TestBrowser(h.app).devLogin((await h.member('priya')).userId);
      expect(refused.statusCode).toBe(403);
      expect(refused.json<{ error: string }>().error).toContain('none of the dashboard roles');
    });

    it('refuses a dev login without the CSRF token and an unknown member', async () => {
      const browser = new TestBrowser(h.app);
      await browser.session();
      const sam = await h.member('sam');
      const noToken = await browser.post('/auth/dev-login', { userId: sam.userId }, { csrf: false });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json()).toEqual({ error: 'missing csrf token (x-csrf-token header)' });
      expect((await browser.post('/auth/dev-login', { userId: '123' })).statusCode).toBe(404);
      expect((await browser.session()).user).toBeNull();
    });
  });

  it('is absent (404) when the platform is Discord', async () => {
    h = await createAuthHarness({ platformKind: 'discord' });
    const browser = new TestBrowser(h.app);
    const session = await browser.session();
    expect(session.loginMethods).toEqual([]);
    expect(session.devMembers).toBeUndefined();
    expect((await browser.devLogin((await h.member('mira')).userId)).statusCode).toBe(404);
  });
});
