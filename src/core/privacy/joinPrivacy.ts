import type { Json } from '../DomainEvent.js';
import type { EraseOptions, MemberPrivacy } from '../MemberPrivacy.js';

/**
 * One module's member export and erase made of its parts' (a module built from parts whose
 * tables are their own): the export merges the parts' sections (each part names its own),
 * leaving out empty ones (`[]`, `{}`, null) so a member the module knows nothing of gets no
 * section at all, the
 * erase runs every part in order and adds up the rows changed, and `blankContentBefore` runs
 * the parts that have it.
 * @param parts - each part's privacy, in the order to run them
 * @throws Error from the export when two parts use the same section name
 */
export function joinPrivacy<Ctx>(parts: readonly MemberPrivacy<Ctx>[]): MemberPrivacy<Ctx> {
  const blanking = parts.filter((p) => p.blankContentBefore !== undefined);
  return {
    async exportMember(ctx: Ctx, guildId: string, userId: string) {
      const data: Record<string, Json> = {};
      for (const part of parts) {
        for (const [section, value] of Object.entries(await part.exportMember(ctx, guildId, userId))) {
          if (isEmpty(value)) continue;
          if (section in data) throw new Error(`two parts export the section "${section}"`);
          data[section] = value;
        }
      }
      return data;
    },
    async eraseMember(ctx: Ctx, guildId: string, userId: string, options: EraseOptions) {
      let changed = 0;
      for (const part of parts) changed += await part.eraseMember(ctx, guildId, userId, options);
      return changed;
    },
    ...(blanking.length === 0
      ? {}
      : {
          async blankContentBefore(ctx: Ctx, before: number) {
            let changed = 0;
            for (const part of blanking) changed += (await part.blankContentBefore?.(ctx, before)) ?? 0;
            return changed;
          },
        }),
  };
}

function isEmpty(value: Json): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
