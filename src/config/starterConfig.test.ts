import { describe, expect, it } from 'vitest';
import { moduleList } from '../modules/moduleList.js';
import { parseConfig } from './parseConfig.js';
import { starterConfig } from './starterConfig.js';

describe('starterConfig', () => {
  it('validates with the current schemas of every module', () => {
    const result = parseConfig(starterConfig(), 'community.yaml', moduleList);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has a section for every module', () => {
    const text = starterConfig();
    for (const module of moduleList) expect(text).toMatch(new RegExp(`^${module.id}:$`, 'm'));
  });
});
