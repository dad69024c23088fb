import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import { UserError } from '../errors.js';

/** The environment variable that holds the erase-tombstone key (kept out of the database). */
export const PRIVACY_KEY_ENV = 'GUILDHALL_PRIVACY_KEY';

/** Shortest key accepted from the environment (e.g. `openssl rand -hex 32` gives 64). */
export const PRIVACY_KEY_MIN_LENGTH = 32;

/** The core table that holds the generated key when the environment does not give one. */
export interface PrivacyKeyTable {
  /** `tombstone`. */
  name: string;
  /** Hex of 32 random bytes. */
  secret: string;
  created_at: number;
}

const TOMBSTONE_KEY = 'tombstone';

/**
 * The HMAC key of erase tombstones: `GUILDHALL_PRIVACY_KEY` when set, else a random key
 * generated once and kept in the `privacy_key` table (every process of one database then uses
 * the same key; two processes generating it at once keep the first).
 * @param db - the database
 * @param env - the environment (default: the process's)
 * @param now - clock for the stored row
 * @throws UserError when the environment's key is shorter than {@link PRIVACY_KEY_MIN_LENGTH}
 */
export async function loadPrivacyKey(
  db: Kysely<CoreTables>,
  env: Record<string, string | undefined> = process.env,
  now: () => number = Date.now,
): Promise<Buffer> {
  const fromEnv = env[PRIVACY_KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < PRIVACY_KEY_MIN_LENGTH) {
      throw new UserError(
        `${PRIVACY_KEY_ENV}: at least ${PRIVACY_KEY_MIN_LENGTH} characters are needed (e.g. the output of "openssl rand -hex 32")`,
      );
    }
    return Buffer.from(fromEnv, 'utf8');
  }
  const keys = db.withTables<{ privacy_key: PrivacyKeyTable }>();
  await keys
    .insertInto('privacy_key')
    .values({ name: TOMBSTONE_KEY, secret: randomBytes(32).toString('hex'), created_at: now() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await keys
    .selectFrom('privacy_key')
    .select('secret')
    .where('name', '=', TOMBSTONE_KEY)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.secret, 'hex');
}
