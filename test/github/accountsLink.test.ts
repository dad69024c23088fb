import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContentCommunity, HOUR, type ContentCommunity } from '../content/contentCommunity.js';
import { testDialect } from '../testStore.js';
import { codeIn, fakeGithub, VERIFY, type FakeGithub } from './accountsFixture.js';

/** `/github link` verified through the sandbox: code in the bio or a gist, expiry, one login per member, unlink, staff links. */
describe(`github accounts: linking (${testDialect})`, () => {
  let t: ContentCommunity;
  let github: FakeGithub;
  beforeEach(async () => {
    github = fakeGithub();
    t = await openContentCommunity({ github: { accounts: { codeTtl: '1h' } } });
  });
  afterEach(async () => {
    await t.close();
    await github.restore();
  });

  async function verify(userId: string, interactionId: string): Promise<string | undefined> {
    const pressed = await t.c.sandbox.pressReplyComponent({ interactionId, userId, customId: VERIFY });
    await t.c.settle();
    return (await t.c.sandbox.getInteraction(pressed.interactionId))?.reply?.content;
  }

  it('links a member whose one-time code is in their GitHub bio, once', async () => {
    const sam = await t.user('sam');
    const started = await t.command(sam, 'github', 'link', { login: '@Octo-Cat' });
    expect(started.reply?.ephemeral).toBe(true);
    expect(started.reply?.components).toEqual([
      { components: [{ kind: 'button', customId: VERIFY, label: 'Verify', style: 'primary' }] },
    ]);
    const code = codeIn(started.reply?.content);
    expect(started.reply?.content).toContain('expires in 1 hour');
    expect((await t.rows('github_link_codes'))[0]).not.toHaveProperty('code', code);

    github.profile('Octo-Cat', { bio: `Building things. ${code}` });
    expect(await verify(sam, started.interactionId)).toContain('Linked: you are **Octo-Cat** on GitHub');
    expect(await t.rows('github_links')).toEqual([
      expect.objectContaining({
        user_id: sam,
        login: 'octo-cat',
        display_login: 'Octo-Cat',
        github_id: '42',
        method: 'bio',
      }),
    ]);
    expect(await t.rows('github_link_codes')).toEqual([]);
    expect(await t.emitted('github.account_linked')).toEqual([{ userId: sam, method: 'bio', by: sam }]);

    // Single use: a second press finds nothing to verify (no GitHub request is made).
    expect(await verify(sam, started.interactionId)).toContain('no verification in progress');
  });

  it('accepts the code in a public gist description and refuses a wrong one', async () => {
    const kenji = await t.user('kenji');
    const started = await t.command(kenji, 'github', 'link', { login: 'kenji-dev' });
    const code = codeIn(started.reply?.content);
    github.profile('kenji-dev', { bio: 'guildhall-aaaaaaaaaaaa', gists: ['notes'] });
    expect(await verify(kenji, started.interactionId)).toContain('not in **kenji-dev**');
    expect(await t.rows('github_links')).toEqual([]);
    github.profile('kenji-dev', { gists: ['dotfiles', `proof ${code}`] });
    expect(await verify(kenji, started.interactionId)).toContain('Linked');
    expect(await t.rows('github_links')).toEqual([expect.objectContaining({ user_id: kenji, method: 'gist' })]);
  });

  it('refuses an expired code and an unknown account', async () => {
    const kenji = await t.user('kenji');
    const started = await t.command(kenji, 'github', 'link', { login: 'nobody-here' });
    github.profile('nobody-here', { status: 404 });
    expect(await verify(kenji, started.interactionId)).toBe('GitHub has no account **nobody-here**.');
    await t.advanceBy(HOUR + 1);
    expect(await verify(kenji, started.interactionId)).toContain('Your code has expired');
    expect(await t.rows('github_link_codes')).toEqual([]);
  });

  it('keeps one login to one member, unlinks, and lets staff link (audited)', async () => {
    const sam = await t.user('sam');
    const lena = await t.user('lena');
    const mira = await t.user('mira');
    const started = await t.command(sam, 'github', 'link', { login: 'octo-cat' });
    github.profile('octo-cat', { bio: codeIn(started.reply?.content) });
    await verify(sam, started.interactionId);

    const taken = await t.command(lena, 'github', 'link', { login: 'OCTO-CAT' });
    expect(taken.reply?.content).toBe('**octo-cat** is already linked to another member. Ask staff if it is yours.');
    expect((await t.command(lena, 'github', 'whois', { login: 'octo-cat' })).reply?.content).toBe(
      `**octo-cat** is <@${sam}>.`,
    );

    // Members cannot link others.
    const refused = await t.command(lena, 'github', 'link-member', { member: lena, login: 'octo-cat' });
    expect(refused.reply?.content).toBe('Only GitHub staff can link accounts for others.');

    const staff = await t.command(mira, 'github', 'link-member', { member: lena, login: 'octo-cat' });
    expect(staff.reply?.content).toBe(`Linked <@${lena}> to **octo-cat** on GitHub (moved from <@${sam}>).`);
    expect(await t.rows('github_links')).toEqual([
      expect.objectContaining({ user_id: lena, login: 'octo-cat', method: 'staff', linked_by: mira }),
    ]);
    const audit = await t.c.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'github.link_member')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor: `discord:${mira}`, target: lena })]);
    expect(await t.emitted('github.account_unlinked')).toEqual([{ userId: sam, by: mira }]);

    expect((await t.command(lena, 'github', 'unlink', {})).reply?.content).toBe(
      'Unlinked **octo-cat**: your GitHub activity no longer earns you points.',
    );
    expect(await t.rows('github_links')).toEqual([]);
    expect((await t.command(lena, 'github', 'unlink', {})).reply?.content).toBe('You have no linked GitHub account.');
  });
});
