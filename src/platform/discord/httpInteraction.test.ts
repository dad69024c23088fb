import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { interactionPublicKey, NOT_HANDLED_HERE, readHttpInteraction, signatureValid } from './httpInteraction.js';

const keys = generateKeyPairSync('ed25519');
const publicHex = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const key = interactionPublicKey(publicHex);
const signed = (timestamp: string, body: string): string =>
  sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');

describe('HTTP interactions: signature and body', () => {
  it('accepts the signature of timestamp + body, and nothing else', () => {
    const body = '{"type":1}';
    const signature = signed('1733300000', body);
    expect(signatureValid(key, signature, '1733300000', body)).toBe(true);
    expect(signatureValid(key, signature, '1733300001', body)).toBe(false);
    expect(signatureValid(key, signature, '1733300000', '{"type":2}')).toBe(false);
    expect(signatureValid(key, signature.toUpperCase(), '1733300000', body)).toBe(true);
    expect(signatureValid(key, undefined, '1733300000', body)).toBe(false);
    expect(signatureValid(key, signature, undefined, body)).toBe(false);
    expect(signatureValid(key, 'not hex', '1733300000', body)).toBe(false);
    expect(signatureValid(key, signature.slice(2), '1733300000', body)).toBe(false);
  });

  it('reads the public key as the portal shows it, and says what a wrong one is', () => {
    expect(() => interactionPublicKey(` ${publicHex}\n`)).not.toThrow();
    expect(() => interactionPublicKey('abc')).toThrow(
      "DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal characters (Developer Portal → General Information)",
    );
  });

  it('answers PING and autocomplete itself; an interaction of the guild becomes its event', () => {
    expect(readHttpInteraction('{"id":"1","type":1}', 'G')).toEqual({ kind: 'answer', response: { type: 1 } });
    expect(readHttpInteraction('{"id":"1","type":4,"guild_id":"G"}', 'G')).toEqual({
      kind: 'answer',
      response: { type: 8, data: { choices: [] } },
    });
    const button = {
      id: '1456255637913604096',
      type: 3,
      token: 't',
      guild_id: 'G',
      channel_id: 'C',
      member: { user: { id: 'U', username: 'u' }, roles: [] },
      data: { custom_id: 'rsvp:1', component_type: 2 },
    };
    const read = readHttpInteraction(JSON.stringify(button), 'G');
    expect(read.kind === 'event' ? [read.interactionId, read.event.type, read.event.guildId] : read).toEqual([
      '1456255637913604096',
      'interaction.button',
      'G',
    ]);
    expect(readHttpInteraction(JSON.stringify({ ...button, guild_id: 'other' }), 'G')).toEqual({
      kind: 'answer',
      response: { type: 4, data: { content: NOT_HANDLED_HERE, flags: 64 } },
    });
  });

  it('throws on a body that is not an interaction (the endpoint answers 400)', () => {
    expect(() => readHttpInteraction('not json', 'G')).toThrow();
    expect(() => readHttpInteraction('{"hello":1}', 'G')).toThrow();
  });
});
