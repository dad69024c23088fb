import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';

/** The content community with the tutorial library on the forum #tutorials. */
export async function openLibrary(library: Record<string, unknown> = {}): Promise<ContentCommunity> {
  return openContentCommunity(
    { tutorials: { library: { forum: 'tutorials', ...library } } },
    { channels: [{ name: 'tutorials', kind: 'forum' }] },
  );
}

/** A `/tutorial submit` run to its form: answers the new tutorial's row. */
export async function submitTutorial(
  t: ContentCommunity,
  userId: string,
  title: string,
  summary: string,
  options: Record<string, string> = { category: 'getting_started', level: 'beginner', format: 'written' },
): Promise<Record<string, unknown>> {
  const asked = await t.command(userId, 'tutorial', 'submit', options);
  if (asked.modal === null) throw new Error(`no form: ${asked.reply?.content ?? ''}`);
  await t.submitModal(userId, asked.interactionId, {
    title,
    summary,
    link: 'https://example.com/guide',
    body: 'Step 1. Step 2.',
  });
  const rows = await t.rows('tutorials_library');
  const row = rows.find((r) => r.title === title);
  if (row === undefined) throw new Error('not stored');
  return row;
}

/** The card of a tutorial's post (its first bot message with an embed). */
export async function cardOf(t: ContentCommunity, postId: string): Promise<SandboxMessage> {
  const card = (await t.messagesIn(postId)).find((m) => m.embeds.length > 0);
  if (card === undefined) throw new Error(`no card in ${postId}`);
  return card;
}
