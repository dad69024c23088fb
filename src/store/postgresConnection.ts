/** How pg connects: the URL, and the server options it sends at connect. */
export interface PostgresConnection {
  connectionString: string;
  options?: string;
}

/**
 * The connection settings for a PostgreSQL URL and schema: the URL's own server options
 * (`?options=-c statement_timeout=5000`, every `options` parameter) kept, the schema's search
 * path added. pg lets options in the URL win over those given beside it, so they move out of
 * the URL; otherwise a URL with options would silently lose the schema.
 * @param url - the database URL
 * @param schema - the schema to work in, if not the connection's default
 */
export function postgresConnection(url: string, schema: string | undefined): PostgresConnection {
  if (schema === undefined) return { connectionString: url };
  const searchPath = `-c search_path=${schema}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { connectionString: url, options: searchPath }; // not a URL: pg reads it as it is
  }
  const given = parsed.searchParams.getAll('options');
  if (given.length === 0) return { connectionString: url, options: searchPath };
  parsed.searchParams.delete('options');
  return { connectionString: parsed.toString(), options: [...given, searchPath].join(' ') };
}
