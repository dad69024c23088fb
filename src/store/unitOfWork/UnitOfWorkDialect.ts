import type { DatabaseIntrospector, Dialect, DialectAdapter, Driver, Kysely, QueryCompiler } from 'kysely';
import { UnitOfWorkDriver } from './UnitOfWorkDriver.js';

/** A dialect whose driver lets a unit of work span every query of its async context. */
export class UnitOfWorkDialect implements Dialect {
  readonly #inner: Dialect;
  #driver: UnitOfWorkDriver | undefined;

  constructor(inner: Dialect) {
    this.#inner = inner;
  }

  /** The driver Kysely created from this dialect (one per Kysely instance). */
  get driver(): UnitOfWorkDriver {
    if (this.#driver === undefined) throw new Error('the Kysely instance has not created its driver yet');
    return this.#driver;
  }

  createDriver(): Driver {
    this.#driver = new UnitOfWorkDriver(this.#inner.createDriver());
    return this.#driver;
  }

  createQueryCompiler(): QueryCompiler {
    return this.#inner.createQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return this.#inner.createAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return this.#inner.createIntrospector(db);
  }
}
