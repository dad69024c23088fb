/** Why a sign-in was refused, in words for the person at the browser. */
const REASONS = {
  'not-member': 'Your Discord account is not a member of this community’s server.',
  'no-role': 'Your Discord account has none of the roles that give access to this dashboard.',
  failed: 'Signing in with Discord did not complete (the link may have expired, or was opened twice).',
} as const;

/** The reasons a sign-in page can give. */
export type RefusalReason = keyof typeof REASONS;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A small page explaining a refused or failed sign-in, with a way back. Static HTML, no script
 * (it passes the dashboard's Content-Security-Policy as is).
 * @param reason - why
 * @param community - the community's name
 */
export function refusedPage(reason: RefusalReason, community: string): string {
  const title = reason === 'failed' ? 'Sign-in failed' : 'No access to the dashboard';
  const hint =
    reason === 'failed'
      ? 'Try signing in again.'
      : 'Ask an admin of the server for a dashboard role, then sign in again.';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · ${escapeHtml(community)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}a{color:#5865f2}</style></head>
<body>
<h1>${title}</h1>
<p>${REASONS[reason]}</p>
<p>${hint}</p>
<p><a href="/">Back to the dashboard</a></p>
</body>
</html>
`;
}
