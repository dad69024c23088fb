import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { ConfigError } from './ConfigError.js';
import { formatPath } from './ConfigError.js';

/**
 * Environment variables that hold a known secret, by the key a user might write it under.
 * Any other secret-looking key gets the generic advice to set it in the environment.
 */
export const secretEnvVars: Readonly<Record<string, string>> = {
  token: 'DISCORD_TOKEN',
  discordtoken: 'DISCORD_TOKEN',
  bottoken: 'DISCORD_TOKEN',
};

const secretWords = new Set(['token', 'secret', 'password', 'passwd', 'passphrase', 'credentials']);
const secretPairs = new Set(['api key', 'private key', 'access key', 'secret key', 'signing key']);

/**
 * Whether a key names a secret (token, secret, password, apiKey, clientSecret, webhookSecret…):
 * its last word says so, whatever the case or separator.
 * @param key - a mapping key from community.yaml
 */
export function isSecretKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join(' ');
  return secretWords.has(last) || secretPairs.has(lastTwo) || ['apikey', 'apitoken'].includes(last);
}

/**
 * Errors for every secret-looking key that holds a value: secrets come from the environment.
 * @param doc - the parsed document
 * @param lineCounter - the counter the document was parsed with
 * @param file - the file name for the errors
 */
export function findSecrets(doc: Document, lineCounter: LineCounter, file: string): ConfigError[] {
  const errors: ConfigError[] = [];
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const value = pair.value;
      if (isSecretKey(key) && isScalar(value) && value.value !== null && value.value !== '') {
        const line = lineCounter.linePos(value.range?.[0] ?? pair.key.range?.[0] ?? 0).line;
        errors.push({ file, line, path: formatPath([...path, key]), message: secretMessage(key, value.value) });
      } else {
        visit(value, [...path, key]);
      }
    }
  };
  visit(doc.contents, []);
  return errors;
}

function secretMessage(key: string, value: unknown): string {
  const envVar = secretEnvVars[key.toLowerCase()];
  const where = envVar === undefined ? 'set it in the environment instead' : `set ${envVar} in the environment instead`;
  const expanded = typeof value === 'string' && /\$\{?[A-Z_]/.test(value) ? ' (${…} is not expanded here)' : '';
  return `secrets must not be written in this file: remove "${key}" and ${where}${expanded}`;
}
