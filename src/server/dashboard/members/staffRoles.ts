/**
 * The role names (or ids) `dashboard.roles` gives moderator or admin access, read leniently
 * from the raw community config (the section's schema belongs to the dashboard's auth): each
 * of `dashboard.roles.moderator` / `.admin` may be a name or a list of names.
 * @param raw - community.yaml as parsed YAML, before validation
 */
export function dashboardStaffRoles(raw: unknown): string[] {
  const roles = field(field(raw, 'dashboard'), 'roles');
  return ['moderator', 'admin'].flatMap((level) => {
    const value = field(roles, level);
    if (typeof value === 'string') return [value];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  });
}

/**
 * Whether a member holds one of the staff roles, named by name or by id.
 * @param memberRoles - the member's roles
 * @param staffRoles - names or ids of the staff roles
 */
export function holdsStaffRole(
  memberRoles: readonly { id: string; name: string }[],
  staffRoles: ReadonlySet<string>,
): boolean {
  return memberRoles.some((role) => staffRoles.has(role.name) || staffRoles.has(role.id));
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
