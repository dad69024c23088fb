import { roleColor } from '../format.js';
import type { MemberRole } from './membersApi.js';

/** Props of {@link RoleChips}. */
export interface RoleChipsProps {
  roles: readonly MemberRole[];
  /** Shown when the member holds no role; nothing when left out. */
  emptyText?: string;
}

/** A member's roles as chips in the roles' own colours, as Discord shows them. */
export function RoleChips({ roles, emptyText }: RoleChipsProps) {
  if (roles.length === 0) return emptyText === undefined ? null : <span className="muted">{emptyText}</span>;
  return (
    <span className="member-role-chips">
      {roles.map((role) => {
        const color = roleColor(role.color);
        return (
          <span
            key={role.id}
            className="member-role-chip"
            style={{
              background: `color-mix(in srgb, ${color} 12%, #fff)`,
              borderColor: `color-mix(in srgb, ${color} 45%, #fff)`,
            }}
            data-testid="member-role-chip"
            data-name={role.name}
          >
            <span className="role-dot" style={{ background: color }} aria-hidden="true" />
            <span className="member-role-name">{role.name}</span>
          </span>
        );
      })}
    </span>
  );
}
