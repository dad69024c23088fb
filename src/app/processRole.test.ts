import { describe, expect, it } from 'vitest';
import { assertRoleFitsDatabase, parseProcessRole, roleParts } from './processRole.js';

describe('process roles', () => {
  it('reads --role, all when none is given, and names the roles when it is unknown', () => {
    expect(parseProcessRole(undefined)).toBe('all');
    expect(parseProcessRole('')).toBe('all');
    expect(parseProcessRole('worker')).toBe('worker');
    expect(() => parseProcessRole('shard')).toThrow('unknown role "shard": use one of all, gateway, worker, api');
  });

  it('splits what `all` runs between gateway, worker and api, each part in one role', () => {
    expect(roleParts('all')).toEqual({ records: true, handles: true, serves: true });
    const split = (['gateway', 'worker', 'api'] as const).map(roleParts);
    for (const part of ['records', 'handles', 'serves'] as const) {
      expect(split.filter((parts) => parts[part])).toHaveLength(1);
    }
  });

  it('refuses a split role on SQLite and says how to fix it', () => {
    expect(() => assertRoleFitsDatabase('all', 'sqlite')).not.toThrow();
    expect(() => assertRoleFitsDatabase('gateway', 'postgres')).not.toThrow();
    expect(() => assertRoleFitsDatabase('worker', 'sqlite')).toThrow(
      '--role worker needs PostgreSQL (DATABASE_URL=postgres://…): on SQLite one process does everything (--role all)',
    );
  });
});
