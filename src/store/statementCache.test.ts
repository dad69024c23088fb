import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_CACHED_SQL_CHARS, withStatementCache } from './statementCache.js';

describe('prepared statement cache (SQLite)', () => {
  it('reuses a statement by its SQL, keeps the most recent ones, and follows schema changes', () => {
    const database = new SQLite(':memory:');
    const cached = withStatementCache(database, 2);
    cached.prepare('create table t (a integer)').run([]);
    const select = cached.prepare('select * from t');
    expect(cached.prepare('select * from t')).toBe(select);

    const insert = cached.prepare('insert into t (a) values (?)');
    insert.run([1]);
    // Capacity 2: "select" was used after "create", so "create" is the one dropped.
    expect(cached.prepare('select * from t')).toBe(select);
    cached.prepare('select count(*) as n from t');
    expect(cached.prepare('insert into t (a) values (?)')).not.toBe(insert);

    // A statement prepared before a schema change sees the new schema.
    cached.prepare("alter table t add column b text default 'x'").run([]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1, b: 'x' }]);
    cached.close();
    expect(database.open).toBe(false);
  });

  it('prepares long multi-row statements each time instead of keeping them', () => {
    const database = new SQLite(':memory:');
    const cached = withStatementCache(database);
    cached.prepare('create table t (a integer)').run([]);
    const rows = Array.from({ length: 2000 }, () => '(?)').join(', ');
    const long = `insert into t (a) values ${rows}`;
    expect(long.length).toBeGreaterThan(MAX_CACHED_SQL_CHARS);
    const first = cached.prepare(long);
    first.run(Array.from({ length: 2000 }, (_, i) => i));
    expect(cached.prepare(long)).not.toBe(first);
    expect(cached.prepare('select count(*) as n from t').all([])).toEqual([{ n: 2000 }]);
    cached.close();
  });
});
