import type { TestProject } from 'vitest/node';
import { dropPooledSchemas } from './pooledSchemas.js';
import { testDialect, testPostgresUrl } from './testStore.js';
import { builtWebRoot } from './webBuild.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dashboard built once for the run's browser tests (test/webBuild.ts). */
    webRoot: string;
  }
}

/**
 * Before a run: the dashboard is built once for every browser test (when the run includes
 * them). After a PostgreSQL run: the pooled test schemas (test/pooledSchemas.ts) are dropped.
 * @param project - the test project, to provide the web build's directory
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('webRoot', runsBrowserTests() ? await builtWebRoot() : '');
  return async () => {
    if (testDialect === 'postgres') await dropPooledSchemas(testPostgresUrl);
  };
}

/** True unless the run was given file filters that name no browser test. */
function runsBrowserTests(): boolean {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run');
  return filters.length === 0 || filters.some((filter) => filter.includes('e2e'));
}
