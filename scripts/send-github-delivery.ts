// Sends a signed GitHub webhook delivery to a running Guildhall, to try the github module
// without GitHub: `GITHUB_WEBHOOK_SECRET=… npx tsx scripts/send-github-delivery.ts issues.opened`.
// The payload is one of GitHub's real examples in test/fixtures/github (MIT, see its README).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sign } from '@octokit/webhooks-methods';

const [name = 'issues.opened', url = 'http://localhost:3000/webhooks/github'] = process.argv.slice(2);
const secret = process.env.GITHUB_WEBHOOK_SECRET;
if (secret === undefined || secret === '') {
  console.error('set GITHUB_WEBHOOK_SECRET to the secret Guildhall was started with');
  process.exit(2);
}
const file = fileURLToPath(new URL(`../test/fixtures/github/${name}.json`, import.meta.url));
const body = readFileSync(file, 'utf8');
const event = name.split('.')[0] ?? name;
const response = await fetch(url, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': randomUUID(),
    'x-hub-signature-256': await sign(secret, body),
  },
  body,
});
console.log(response.status, await response.text());
