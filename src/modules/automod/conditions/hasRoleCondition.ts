import { z } from 'zod';
import { defineCondition } from '../parts/ConditionPart.js';
import { RoleNames } from './names.js';
import { roleIds } from './resolveNames.js';

/** `has_role`: the member has at least one of the roles. */
export const hasRoleCondition = defineCondition({
  id: 'has_role',
  name: 'Has role',
  description: 'The member has at least one of `roles`.',
  settings: z.object({ roles: RoleNames.describe('Role names (or ids).') }).strict(),
  compile({ roles }) {
    return (subject) => {
      const ids = roleIds(subject.guild, roles);
      return subject.roles.some((r) => ids.has(r));
    };
  },
});
