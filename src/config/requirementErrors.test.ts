import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ConfigModule } from './buildConfigSchema.js';
import { formatConfigError } from './ConfigError.js';
import { parseConfig } from './parseConfig.js';

const Section = z
  .object({ enabled: z.boolean().default(true).describe('On or off.') })
  .strict()
  .default({ enabled: true });

const modules: readonly ConfigModule[] = [
  { id: 'moderation', config: Section },
  {
    id: 'automod',
    config: Section,
    requires: [{ module: 'moderation', reason: 'its sanction effects are carried out by moderation' }],
  },
];

function problems(text: string, list: readonly ConfigModule[] = modules): string[] {
  const result = parseConfig(text, 'community.yaml', list);
  return result.ok ? [] : result.errors.map(formatConfigError);
}

describe('module requirements', () => {
  it('fails, at the line of enabled: false, when a required module is disabled', () => {
    const text = 'community:\n  name: Test\nmoderation:\n  enabled: false\n';
    expect(problems(text)).toEqual([
      'community.yaml:4: moderation.enabled: automod requires moderation (its sanction effects are carried out by moderation): enable moderation or set automod.enabled: false',
    ]);
  });

  it('accepts the pair enabled, and the requiring module disabled with its requirement', () => {
    expect(problems('community:\n  name: Test\n')).toEqual([]);
    expect(problems('community:\n  name: Test\nmoderation:\n  enabled: false\nautomod:\n  enabled: false\n')).toEqual(
      [],
    );
  });

  it('says so when the required module does not exist at all', () => {
    const lonely = modules.filter((m) => m.id === 'automod');
    expect(problems('community:\n  name: Test\nautomod: {}\n', lonely)[0]).toMatch(
      /automod: automod requires the moderation module, which this Guildhall does not have/,
    );
  });
});
