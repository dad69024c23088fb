import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { describeError } from '../api/http.js';
import { logout, type DashboardSession } from '../api/sessionApi.js';
import { SESSION_KEY } from '../session/sessionQuery.js';

/** Props of {@link AccountBlock}. */
export interface AccountBlockProps {
  session: DashboardSession;
}

/** Who is signed in (name, role, dev login) and Sign out; nothing on a server without login. */
export function AccountBlock({ session }: AccountBlockProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      // Nothing read as this user may show to the next one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await navigate('/login');
    },
  });
  const { user } = session;
  if (user === null) return null;
  return (
    <div className="account" data-testid="account">
      <div className="account-name" data-testid="account-name">
        {user.name}
      </div>
      <div className="account-role">
        <span className={`role-badge role-${user.role}`} data-testid="account-role">
          {user.role}
        </span>
        {user.devLogin && (
          <span className="dev-login-badge" title="Signed in with the sandbox dev login">
            dev login
          </span>
        )}
      </div>
      <button
        type="button"
        className="account-sign-out"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
        data-testid="sign-out"
      >
        Sign out
      </button>
      {signOut.error !== null && <div className="account-error">{describeError(signOut.error)}</div>}
    </div>
  );
}
