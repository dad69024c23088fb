import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../api/http.js';
import { devLogin } from '../api/sessionApi.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { SESSION_KEY, useSession } from '../session/sessionQuery.js';

/**
 * Where a page goes back to after signing in: `?next=` when it is a path of this app,
 * else the overview (never another site).
 * @param next - the `next` query parameter
 */
function returnPath(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/**
 * Sign in: with Discord (the server's OAuth2 flow at /auth/login), or on the sandbox with
 * the dev login as any sandbox member. A signed-in visitor goes straight back.
 */
export function LoginPage() {
  const { session, error } = useSession();
  const [params] = useSearchParams();
  const next = returnPath(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [memberId, setMemberId] = useState('');
  const signIn = useMutation({
    mutationFn: devLogin,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await navigate(next, { replace: true });
    },
  });

  if (session !== undefined && (!session.authRequired || session.user !== null)) {
    return <Navigate to={next} replace />;
  }
  const devMembers = session?.devMembers ?? [];
  const chosen = memberId === '' ? (devMembers[0]?.userId ?? '') : memberId;
  const onDevLogin = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (chosen !== '') signIn.mutate(chosen);
  };

  return (
    <div className="login" data-testid="login-page">
      <div className="login-card">
        <div className="brand brand-dark">
          <svg viewBox="0 0 32 32" width="34" height="34" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="#5865f2" />
            <path d="M8 24V12l8-5 8 5v12h-5v-7h-6v7z" fill="#fff" />
          </svg>
          <span>Guildhall</span>
        </div>
        <h1>Sign in to the dashboard</h1>
        <ErrorBanner message={error === null ? null : describeError(error)} />
        {session === undefined && error === null && <p className="loading">Loading…</p>}
        {session?.loginMethods.includes('discord') === true && (
          <a className="button button-discord login-discord" href="/auth/login" data-testid="login-discord">
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path
                fill="currentColor"
                d="M20.3 4.4A19.8 19.8 0 0 0 15.4 3l-.6 1.3a18.4 18.4 0 0 0-5.6 0L8.6 3a19.7 19.7 0 0 0-4.9 1.4C.6 9 0 13.6.3 18.1a19.9 19.9 0 0 0 6 3l1.3-2.1a12.9 12.9 0 0 1-2-1l.5-.4a14.2 14.2 0 0 0 12 0l.5.4-2 1 1.3 2.1a19.8 19.8 0 0 0 6-3c.5-5.2-.8-9.8-3.6-13.7zM8.7 15.3c-1.2 0-2.2-1.1-2.2-2.4s1-2.4 2.2-2.4 2.2 1.1 2.2 2.4-1 2.4-2.2 2.4zm6.6 0c-1.2 0-2.2-1.1-2.2-2.4s1-2.4 2.2-2.4 2.2 1.1 2.2 2.4-1 2.4-2.2 2.4z"
              />
            </svg>
            Sign in with Discord
          </a>
        )}
        {session?.loginMethods.includes('dev') === true && (
          <form className="dev-login" onSubmit={onDevLogin} data-testid="dev-login">
            <div className="dev-login-title">
              <span className="dev-login-badge">sandbox</span> Sandbox dev login
            </div>
            <p className="muted small">
              For trying Guildhall locally: sign in as any sandbox member, without Discord. Never offered with a Discord
              token.
            </p>
            <div className="dev-login-row">
              <label className="visually-hidden" htmlFor="dev-login-member">
                Member
              </label>
              <select
                id="dev-login-member"
                value={chosen}
                onChange={(event) => setMemberId(event.target.value)}
                data-testid="dev-login-member"
              >
                {devMembers.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name}
                  </option>
                ))}
              </select>
              <button
                type="submit"
                className="button"
                disabled={chosen === '' || signIn.isPending}
                data-testid="dev-login-submit"
              >
                Sign in as member
              </button>
            </div>
            <ErrorBanner message={signIn.error === null ? null : describeError(signIn.error)} />
          </form>
        )}
        {session !== undefined && session.loginMethods.length === 0 && (
          <p className="muted">This Guildhall offers no way to sign in: set up Discord login (see the README).</p>
        )}
      </div>
    </div>
  );
}
