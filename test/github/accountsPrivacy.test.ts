import { afterEach, describe, expect, it } from 'vitest';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import { actor, deliver, mergedPull } from './accountsFixture.js';

/** Member export and erase of the accounts part: link, verification in progress, credits. */
describe(`github accounts: export and erase (${testDialect})`, () => {
  let t: ContentCommunity | undefined;
  afterEach(async () => {
    await t?.close();
  });

  // Opens a whole community inside the test: slow on a loaded PostgreSQL.
  it(
    'exports the link, the pending code (without its hash) and credits, and erase removes them',
    { timeout: 120_000 },
    async () => {
      t = await openContentCommunity({});
      const [sam, mira] = [await t.user('sam'), await t.user('mira')];
      await t.command(mira, 'github', 'link-member', { member: sam, login: 'octo-cat' });
      await t.command(sam, 'github', 'link', { login: 'other-login' });
      await deliver(t, mergedPull('d-1', actor('octo-cat')));

      const exported = (await t.c.engine.memberData.exportMember(t.guildId, sam)).github ?? {};
      expect(exported.githubLink).toMatchObject({ login: 'octo-cat', method: 'staff', linked_by: mira });
      expect(exported.githubVerification).toMatchObject({ login: 'other-login' });
      expect(exported.githubVerification).not.toHaveProperty('code_hash');
      expect(exported.githubCredits).toEqual([
        expect.objectContaining({ kind: 'code_contribution', source_id: 'https://github.com/acme/core/pull/7' }),
      ]);

      await t.c.engine.memberData.eraseMember(t.guildId, sam, 'cli:test', { keepModerationRecords: false });
      expect(await t.rows('github_links')).toEqual([]);
      expect(await t.rows('github_link_codes')).toEqual([]);
      expect(await t.rows('github_credits')).toEqual([]);
    },
  );
});
