import { z } from 'zod';
import { defineCondition } from '../parts/ConditionPart.js';
import { RoleNames } from './names.js';
import { roleIds } from './resolveNames.js';

/** `lacks_role`: the member has none of the roles. */
export const lacksRoleCondition = defineCondition({
  id: 'lacks_role',
  name: 'Lacks role',
  description: 'The member has none of `roles` (say, only members without "Member" yet).',
  settings: z.object({ roles: RoleNames.describe('Role names (or ids).') }).strict(),
  compile({ roles }) {
    return (subject) => {
      const ids = roleIds(subject.guild, roles);
      return !subject.roles.some((r) => ids.has(r));
    };
  },
});
