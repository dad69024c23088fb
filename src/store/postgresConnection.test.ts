import { describe, expect, it } from 'vitest';
import { postgresConnection } from './postgresConnection.js';

describe('PostgreSQL connection settings', () => {
  it('leaves the URL alone without a schema', () => {
    const url = 'postgres://u@db:5432/app?options=-c%20statement_timeout%3D5000';
    expect(postgresConnection(url, undefined)).toEqual({ connectionString: url });
  });

  it('adds the search path, keeping every option the URL gives', () => {
    expect(postgresConnection('postgres://u@db/app', 'guild')).toEqual({
      connectionString: 'postgres://u@db/app',
      options: '-c search_path=guild',
    });
    expect(
      postgresConnection(
        'postgres://u:p@db/app?sslmode=disable&options=-c%20statement_timeout%3D5000&options=-c%20synchronous_commit%3Doff',
        'guild',
      ),
    ).toEqual({
      connectionString: 'postgres://u:p@db/app?sslmode=disable',
      options: '-c statement_timeout=5000 -c synchronous_commit=off -c search_path=guild',
    });
  });

  it('passes a libpq key=value string as it is', () => {
    expect(postgresConnection('host=db dbname=app', 'guild')).toEqual({
      connectionString: 'host=db dbname=app',
      options: '-c search_path=guild',
    });
  });
});
