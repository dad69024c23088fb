import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modulesWithEvents } from '../../test/fixtures/config/testModules.js';
import { moduleList } from '../modules/moduleList.js';
import { renderConfigReference } from './renderConfigReference.js';

describe('renderConfigReference', () => {
  it('docs/configuration.md is up to date (regenerate: npx tsx scripts/config-reference.ts)', () => {
    const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    expect(docs).toBe(renderConfigReference(moduleList));
  });

  it('lists every key with its type, default and description', () => {
    const reference = renderConfigReference(modulesWithEvents);
    expect(reference).toContain(
      '| `community.name` | text (2–100 characters) | **required** | Display name, used in messages ({community}). |',
    );
    expect(reference).toContain(
      '| `recognition.points.message` | whole number, 0–1000 | `1` | Points for a message (seed 002: 1). |',
    );
    expect(reference).toContain(
      '| `events.cadence` | one of "daily", "weekly", "monthly" | `"weekly"` | How often the programme repeats. |',
    );
    expect(reference).toContain(
      '| `events.slots[].hour` | whole number, 0–23 | **required** | Hour of the day (0–23). |',
    );
    expect(reference).toContain('| `events.host` | text (not empty) | not set | Name of the usual host. |');
    expect(reference).toContain('## `events`\n\nEvents programme.');
  });

  it('names the environment variable that holds the bot token', () => {
    expect(renderConfigReference([])).toContain('`DISCORD_TOKEN`');
  });
});
