import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planHasChanges } from '../../src/modules/server/index.js';
import { testDialect } from '../testStore.js';
import { openBlueprintSandbox, serverSection, type BlueprintSandbox } from './blueprintSandbox.js';

const docs = readFileSync(new URL('../../docs/blueprint.md', import.meta.url), 'utf8');
const example = /```yaml\n(server:\n[\s\S]*?)```/.exec(docs)?.[1] ?? '';

describe(`the example of docs/blueprint.md (${testDialect})`, () => {
  let s: BlueprintSandbox;
  beforeEach(async () => {
    s = await openBlueprintSandbox();
  });
  afterEach(async () => {
    await s.close();
  });

  it('applies to the sandbox without problems, then plans no changes', async () => {
    expect(example).toContain('server:');
    const config = serverSection(example);
    expect((await s.plan(config)).problems).toEqual([]);
    await s.apply(config);
    expect(planHasChanges((await s.plan(config)).plan)).toBe(false);
  });
});
