import { describe, expect, it } from 'vitest';
import { modulesWithEvents } from '../../test/fixtures/config/testModules.js';
import { buildConfigJsonSchema } from './buildConfigJsonSchema.js';

describe('buildConfigJsonSchema', () => {
  const schema = buildConfigJsonSchema(modulesWithEvents);

  it('is a draft-07 schema (what YAML editors support) with a title, a description and no unknown keys', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Guildhall community.yaml');
    expect(schema.description).toMatch(/environment/);
    expect(schema.additionalProperties).toBe(false);
  });

  it('has one section per module, described, with defaults rather than required keys', () => {
    expect(Object.keys(schema.properties ?? {})).toEqual([
      'version',
      'community',
      'catchUp',
      'dashboard',
      'onboarding',
      'recognition',
      'events',
    ]);
    expect(schema.required).toEqual(['community']);
    const recognition = schema.properties?.recognition;
    expect(recognition).toMatchObject({
      description: 'Points per action.',
      additionalProperties: false,
      properties: { points: { properties: { message: { type: 'integer', default: 1, minimum: 0, maximum: 1000 } } } },
    });
    expect(recognition).not.toHaveProperty('required');
  });

  it('keeps descriptions for editor hover', () => {
    expect(schema.properties?.community).toMatchObject({
      properties: { name: { description: 'Display name, used in messages ({community}).' } },
    });
  });
});
