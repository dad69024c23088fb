import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule, type AnyModule } from '../../src/core/defineModule.js';
import { moduleList } from '../../src/modules/moduleList.js';
import { privacyModule } from '../../src/modules/privacy/index.js';
import { tablesByModule } from './databaseDump.js';

/** The module list, with the privacy module until the list holds it. */
const modules: readonly AnyModule[] = moduleList.some((m) => m.id === 'privacy')
  ? moduleList
  : [...moduleList, privacyModule];

/** Modules whose migrations create tables but that declare neither `privacy` nor `holdsNoMemberData`. */
async function lackingPrivacy(list: readonly AnyModule[]): Promise<string[]> {
  const tables = await tablesByModule(list);
  return list
    .filter((m) => (tables.get(m.id) ?? []).length > 0)
    .filter((m) => m.privacy === undefined && (m.holdsNoMemberData ?? '').trim() === '')
    .map((m) => `${m.id} (tables ${(tables.get(m.id) ?? []).join(', ')})`);
}

const notesModule = defineModule({
  id: 'notes',
  description: 'A made-up module that keeps notes about members.',
  config: z.object({}).default({}),
  migrations: [
    {
      name: '0001_notes',
      async up(db) {
        await db.schema.createTable('notes_items').addColumn('user_id', 'text').addColumn('note', 'text').execute();
      },
    },
  ],
}) as AnyModule;

describe('member data is part of the module contract', () => {
  it('every module whose migrations create tables declares privacy (or says why it holds no member data)', async () => {
    expect(await lackingPrivacy(modules), 'modules with tables and neither privacy nor holdsNoMemberData').toEqual([]);
  });

  it('fails a module with tables and no privacy, and accepts a stated reason instead', async () => {
    expect(await lackingPrivacy([...modules, notesModule])).toEqual(['notes (tables notes_items)']);
    const declared = { ...notesModule, holdsNoMemberData: 'only counts per channel' };
    expect(await lackingPrivacy([...modules, declared])).toEqual([]);
  });

  it('finds the tables a module creates', async () => {
    const tables = await tablesByModule(modules);
    expect(tables.get('onboarding')).toEqual([
      'onboarding_assignments',
      'onboarding_members',
      'onboarding_reengagements',
      'onboarding_steps',
      'onboarding_welcomes',
    ]);
    expect(tables.get('privacy')).toEqual([]);
  });
});
