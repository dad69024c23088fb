import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { realModules } from '../../test/fixtures/config/testModules.js';
import { buildConfigSchema } from './buildConfigSchema.js';

describe('buildConfigSchema', () => {
  it('accepts the core fields alone and gives every module section its defaults', () => {
    const parsed = buildConfigSchema(realModules).parse({ community: { name: 'Club' } });
    expect(parsed.version).toBe(1);
    expect(parsed.onboarding).toMatchObject({ enabled: true, welcomeChannel: 'welcome' });
    expect(parsed.recognition).toMatchObject({ enabled: true, points: { message: 1 } });
  });

  it('rejects unknown top-level keys', () => {
    expect(buildConfigSchema(realModules).safeParse({ community: { name: 'Club' }, events: {} }).success).toBe(false);
  });

  it('refuses two modules with one id, or a module named like a core key', () => {
    const section = z.object({}).default({});
    expect(() =>
      buildConfigSchema([
        { id: 'a', config: section },
        { id: 'a', config: section },
      ]),
    ).toThrow(/used twice/);
    expect(() => buildConfigSchema([{ id: 'community', config: section }])).toThrow(/used twice/);
  });

  it('refuses a module whose section cannot be left out', () => {
    expect(() => buildConfigSchema([{ id: 'strict', config: z.object({ x: z.number() }) }])).toThrow(
      /must accept a missing section/,
    );
  });
});
