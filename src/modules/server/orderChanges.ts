/**
 * The target order of a group (roles below the bot, categories, the channels of a parent):
 * the declared items in the file's order, each followed by the undeclared items that follow
 * it now (undeclared items before the first declared one stay first). So an undeclared
 * channel stays under the declared channel it sits under, wherever that one moves, and an
 * item just created does not drag anything with it.
 * @param current - ids in the group now, in display order
 * @param declared - ids of the declared items that belong in the group, in the file's order
 * @param isDeclared - whether an id is declared anywhere (declared items leaving the group drop out)
 * @param isNew - whether an id was created by this apply (never an anchor)
 */
export function targetOrder(
  current: readonly string[],
  declared: readonly string[],
  isDeclared: (id: string) => boolean,
  isNew: (id: string) => boolean = () => false,
): string[] {
  const belongs = new Set(declared);
  const followers = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of current) {
    if (belongs.has(id)) {
      if (!isNew(id)) anchor = id;
    } else if (!isDeclared(id)) {
      const list = followers.get(anchor) ?? [];
      list.push(id);
      followers.set(anchor, list);
    }
  }
  const out = [...(followers.get(null) ?? [])];
  for (const id of declared) out.push(id, ...(followers.get(id) ?? []));
  return out;
}

/**
 * The items that really move between two orders: those outside a longest run kept in the
 * same relative order (so one item moved from the bottom to the top is one move, not n).
 * Only items present in both orders are considered.
 * @param before - ids in the current order
 * @param after - ids in the target order
 */
export function movedItems(before: readonly string[], after: readonly string[]): Set<string> {
  const rank = new Map(after.map((id, index) => [id, index]));
  const common = before.filter((id) => rank.has(id));
  const ranks = common.map((id) => rank.get(id) ?? 0);
  // Longest increasing subsequence (patience sorting), remembering predecessors.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(ranks.length).fill(-1);
  for (const [i, r] of ranks.entries()) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranks[tails[mid] ?? 0] ?? 0) < r) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const kept = new Set<string>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(common[i] ?? '');
  return new Set(common.filter((id) => !kept.has(id)));
}

/**
 * Whether two orders are the same sequence.
 * @param a - one order
 * @param b - the other
 */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => b[index] === id);
}
