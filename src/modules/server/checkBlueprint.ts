import type { BlueprintProblem } from './BlueprintProblem.js';
import { EVERYONE } from './buildDesiredServer.js';
import type { DesiredOverwrite, DesiredServer } from './DesiredServer.js';
import { desiredTargetLabel } from './overwriteLists.js';

/** Discord: names of roles, categories and channels are 1–100 characters. */
const NAME_MAX = 100;

function duplicates<T>(items: readonly T[], keyOf: (item: T) => string, report: (item: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, item);
    else report(item, first);
  }
}

function checkOverwriteList(list: readonly DesiredOverwrite[], problems: BlueprintProblem[]): void {
  duplicates(
    list,
    (o) => JSON.stringify(o.target),
    (o) =>
      problems.push({
        path: o.path,
        message: `${desiredTargetLabel(o.target)} has two overwrites here; merge them into one`,
      }),
  );
}

/**
 * Checks what the file alone must satisfy: unique role and category names, unique channel
 * names within a category (as Discord will store them: text channels lower-cased, spaces as
 * dashes), one overwrite per role or member and list, unique forum tag names.
 * @param desired - the declared state
 */
export function checkBlueprint(desired: DesiredServer): BlueprintProblem[] {
  const problems: BlueprintProblem[] = [];
  duplicates(
    desired.roles,
    (r) => r.name,
    (r) => problems.push({ path: [...r.path, 'name'], message: `role "${r.name}" is declared twice` }),
  );
  duplicates(
    desired.categories,
    (c) => c.name,
    (c) => problems.push({ path: [...c.path, 'name'], message: `category "${c.name}" is declared twice` }),
  );
  duplicates(
    desired.channels,
    (c) => c.key,
    (c, first) =>
      problems.push({
        path: [...c.path, 'name'],
        message:
          first.parentKey === null
            ? `two channels outside any category are named "${c.name}" (as Discord stores it)`
            : `category "${c.parentKey}" already has a channel named "${c.name}" (as Discord stores it)`,
      }),
  );
  for (const channel of desired.channels) {
    if (channel.name.length < 1 || channel.name.length > NAME_MAX) {
      problems.push({ path: [...channel.path, 'name'], message: `must be 1–${NAME_MAX} characters` });
    }
    duplicates(
      channel.fields.tags,
      (t) => t.name,
      (t) => problems.push({ path: [...channel.path, 'tags'], message: `forum tag "${t.name}" is declared twice` }),
    );
    if (channel.overwrites !== null) checkOverwriteList(channel.overwrites, problems);
  }
  for (const category of desired.categories) checkOverwriteList(category.overwrites, problems);
  for (const role of desired.roles) {
    if (role.everyone && (role.color !== 0 || role.hoist || role.mentionable)) {
      problems.push({
        path: role.path,
        message: `${EVERYONE} only takes permissions (Discord does not let its colour, hoist or mentionable change)`,
      });
    }
  }
  return problems;
}
