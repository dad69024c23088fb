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

  it('keeps long multi-row statements in a small cache of their own', () => {
    const database = new SQLite(':memory:');
    const cached = withStatementCache(database, 1000, 2);
    cached.prepare('create table t (a integer)').run([]);
    const insert = (rows: number): string =>
      `insert into t (a) values ${Array.from({ length: rows }, () => '(?)').join(', ')}`;
    const [full, tailA, tailB] = [insert(2000), insert(1999), insert(1998)];
    expect(full.length).toBeGreaterThan(MAX_CACHED_SQL_CHARS);
    const first = cached.prepare(full);
    first.run(Array.from({ length: 2000 }, (_, i) => i));
    expect(cached.prepare(full)).toBe(first);
    cached.prepare(tailA);
    cached.prepare(tailB);
    // Two long texts fit: the full piece was used before the two tails, so it was dropped…
    expect(cached.prepare(full)).not.toBe(first);
    // …while short statements are not pushed out by long ones.
    const count = cached.prepare('select count(*) as n from t');
    cached.prepare(insert(1997));
    cached.prepare(insert(1996));
    expect(cached.prepare('select count(*) as n from t')).toBe(count);
    expect(count.all([])).toEqual([{ n: 2000 }]);
    cached.close();
  });
});
