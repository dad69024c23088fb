import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderPartsCatalogue } from '../../src/modules/automod/docs/renderPartsCatalogue.js';
import { conditionParts } from '../../src/modules/automod/conditions/conditionParts.js';
import { effectParts } from '../../src/modules/automod/effects/effectParts.js';
import { triggerParts } from '../../src/modules/automod/triggers/triggerParts.js';

describe('automod parts', () => {
  it('have unique lower_snake_case ids, a name, a description and described settings', () => {
    const parts = [...triggerParts, ...conditionParts, ...effectParts];
    const ids = parts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const part of parts) {
      expect(part.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(part.name.length).toBeGreaterThan(0);
      expect(part.description.length).toBeGreaterThan(20);
      const schema = z.toJSONSchema(part.settings, { io: 'input', unrepresentable: 'any' });
      for (const [key, setting] of Object.entries(schema.properties ?? {})) {
        const described = typeof setting === 'object' && typeof setting.description === 'string';
        expect([part.id, key, described]).toEqual([part.id, key, true]);
      }
    }
  });

  it('docs/automod.md holds the catalogue generated from the parts (npx tsx scripts/automod-docs.ts)', () => {
    const docs = readFileSync(new URL('../../docs/automod.md', import.meta.url), 'utf8');
    expect(docs).toContain(renderPartsCatalogue());
  });
});
