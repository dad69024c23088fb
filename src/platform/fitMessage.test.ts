import { describe, expect, it } from 'vitest';
import { EMBED_LIMITS, MESSAGE_CONTENT_LIMIT } from './discordLimits.js';
import { fitMessage, truncateText } from './fitMessage.js';
import { assertMessageWithinLimits } from './messageLimits.js';
import type { Embed } from './types/Embed.js';

/** Everything Discord counts towards the 6000-character total of a message's embeds. */
function embedTotal(embeds: readonly Embed[]): number {
  return embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
    0,
  );
}

describe('truncateText', () => {
  it('keeps text within the limit and cuts longer text with an ellipsis', () => {
    expect(truncateText('hello', 5)).toBe('hello');
    expect(truncateText('hello!', 5)).toBe('hell…');
    expect(truncateText('hello', 0)).toBe('');
    expect(truncateText('hello', 1)).toBe('…');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateText('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});

describe('fitMessage', () => {
  it('returns a message within limits unchanged', () => {
    const message = {
      content: 'hi',
      embeds: [{ title: 't', description: 'd', fields: [{ name: 'n', value: 'v', inline: true }], footer: 'f' }],
      ephemeral: true,
      allowedUserMentions: ['1'],
    };
    expect(fitMessage(message)).toEqual(message);
  });

  it('cuts content to 2000 characters with an ellipsis, keeping the other properties', () => {
    const message = { content: 'x'.repeat(3000), ephemeral: true };
    const fitted = fitMessage(message);
    expect(fitted.content).toHaveLength(MESSAGE_CONTENT_LIMIT);
    expect(fitted.content?.endsWith('…')).toBe(true);
    expect(fitted.ephemeral).toBe(true);
    expect(message.content).toHaveLength(3000);
    expect(() => assertMessageWithinLimits(fitted)).not.toThrow();
  });

  it('fits every part of an embed to its own limit', () => {
    const [embed] =
      fitMessage({
        embeds: [
          {
            title: 't'.repeat(300),
            description: 'd'.repeat(5000),
            fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: 'v' })),
            footer: 'f'.repeat(100),
          },
        ],
      }).embeds ?? [];
    expect(embed?.title).toHaveLength(EMBED_LIMITS.title);
    expect(embed?.title?.endsWith('…')).toBe(true);
    expect(embed?.description).toHaveLength(EMBED_LIMITS.description);
    expect(embed?.fields).toHaveLength(EMBED_LIMITS.fields);
    expect(embed?.footer).toBe('f'.repeat(100));

    const [long] =
      fitMessage({ embeds: [{ fields: [{ name: 'n'.repeat(300), value: 'v'.repeat(2000) }] }] }).embeds ?? [];
    expect(long?.fields?.[0]?.name).toHaveLength(EMBED_LIMITS.fieldName);
    expect(long?.fields?.[0]?.value).toHaveLength(EMBED_LIMITS.fieldValue);
    const [footer] = fitMessage({ embeds: [{ footer: 'f'.repeat(3000) }] }).embeds ?? [];
    expect(footer?.footer).toHaveLength(EMBED_LIMITS.footer);
  });

  it('keeps at most 10 embeds and 6000 characters across them', () => {
    const embeds = Array.from({ length: 12 }, () => ({
      title: 't'.repeat(200),
      description: 'd'.repeat(4000),
      fields: [{ name: 'n', value: 'v'.repeat(1000) }],
      footer: 'footer',
    }));
    const fitted = fitMessage({ embeds }).embeds ?? [];
    expect(fitted.length).toBeLessThanOrEqual(10);
    expect(fitMessage({ embeds: embeds.map(() => ({ title: 't' })) }).embeds).toHaveLength(10);
    expect(embedTotal(fitted)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(fitted[0]?.description).toHaveLength(4000);
    expect(fitted[1]?.description?.endsWith('…')).toBe(true);
    // Embeds the total leaves no room for are dropped, not sent empty.
    expect(fitted.every((e) => embedTotal([e]) > 0)).toBe(true);
    expect(() => assertMessageWithinLimits({ embeds: fitted })).not.toThrow();
  });
});
