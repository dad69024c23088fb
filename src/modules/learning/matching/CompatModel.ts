import { countHours, sharedHours } from './hours.js';
import { goalsTerm, OTHER_STYLE, UNKNOWN_OVERLAP } from './groupCompatibility.js';
import type { GroupProblem, GroupWeights, LearnerVector } from './MatchProfile.js';

/** Above this many distinct values a term is computed on the fly instead of from a table. */
const TABLE_LIMIT = 2000;

/** Gives each distinct key a dense id, in order of first appearance. */
function denseIds<T>(items: readonly T[], key: (item: T) => string): { ids: Int32Array; firsts: T[] } {
  const seen = new Map<string, number>();
  const firsts: T[] = [];
  const ids = new Int32Array(items.length);
  items.forEach((item, i) => {
    const k = key(item);
    let id = seen.get(k);
    if (id === undefined) {
      id = firsts.length;
      seen.set(k, id);
      firsts.push(item);
    }
    ids[i] = id;
  });
  return { ids, firsts };
}

/** A symmetric term over distinct values: a table, or the function itself when there are too many. */
class Term {
  private readonly table: Float64Array | null;
  constructor(
    private readonly count: number,
    private readonly f: (a: number, b: number) => number,
  ) {
    if (count > TABLE_LIMIT) {
      this.table = null;
      return;
    }
    const table = new Float64Array(count * count);
    for (let a = 0; a < count; a += 1) {
      for (let b = a; b < count; b += 1) {
        const v = f(a, b);
        table[a * count + b] = v;
        table[b * count + a] = v;
      }
    }
    this.table = table;
  }
  at(a: number, b: number): number {
    return this.table === null ? this.f(a, b) : (this.table[a * this.count + b] ?? 0);
  }
}

/**
 * The compatibility of a cohort's members by index, fast. Each member gets a class id (skill,
 * pace, style and goals — interests in cross-domain mode) and an hours id; compatibility is a
 * class term plus an hours term, both tables over distinct values. Equal to `pairCompatibility`.
 */
export class CompatModel {
  readonly size: number;
  /** Class of each member: equal skill, pace, style and goals (or interests). */
  readonly classOf: Int32Array;
  readonly classes: number;
  /** Distinct availability of each member. */
  readonly hoursOf: Int32Array;
  /** Largest value the hours term takes (its weight). */
  readonly hoursMax: number;
  private readonly classTerm: Term;
  private readonly hoursTerm: Term;
  private readonly rank: number[][];

  /**
   * @param learners - the cohort
   * @param weights - `groups.weights`
   * @param mode - `similar` or `cross-domain`
   */
  constructor(learners: readonly LearnerVector[], weights: GroupWeights, mode: GroupProblem['mode']) {
    this.size = learners.length;
    const list = (l: LearnerVector) => [...new Set(mode === 'similar' ? l.goals : l.interests)].sort().join('\u0000');
    const sets = denseIds(learners, list);
    const setTerm = new Term(sets.firsts.length, (a, b) => {
      const x = sets.firsts[a];
      const y = sets.firsts[b];
      return x === undefined || y === undefined ? 0 : goalsTerm(x, y, mode);
    });
    const classes = denseIds(
      learners.map((l, i) => ({ l, set: sets.ids[i] ?? 0 })),
      ({ l, set }) => `${l.skill}/${l.pace}/${l.style}/${set}`,
    );
    this.classOf = classes.ids;
    this.classes = classes.firsts.length;
    this.rank = classes.firsts.map(({ l }) => [l.skill, l.pace, 0]);
    this.classTerm = new Term(this.classes, (a, b) => {
      const x = classes.firsts[a];
      const y = classes.firsts[b];
      if (x === undefined || y === undefined) return 0;
      return (
        weights.skill * (1 - Math.abs(x.l.skill - y.l.skill) / 3) +
        weights.pace * (1 - Math.abs(x.l.pace - y.l.pace) / 2) +
        weights.goals * setTerm.at(x.set, y.set) +
        weights.style * (x.l.style === y.l.style ? 1 : OTHER_STYLE)
      );
    });
    const hours = denseIds(learners, (l) => Array.from(l.hours).join(','));
    this.hoursOf = hours.ids;
    const counts = hours.firsts.map((l) => countHours(l.hours));
    this.hoursMax = weights.timezone;
    this.hoursTerm = new Term(hours.firsts.length, (a, b) => {
      const x = hours.firsts[a];
      const y = hours.firsts[b];
      const smaller = Math.min(counts[a] ?? 0, counts[b] ?? 0);
      if (x === undefined || y === undefined) return 0;
      return weights.timezone * (smaller === 0 ? UNKNOWN_OVERLAP : sharedHours(x.hours, y.hours) / smaller);
    });
  }

  /**
   * The class part of the compatibility of two classes (everything but the hours).
   * @param a - one class
   * @param b - the other
   */
  classCompat(a: number, b: number): number {
    return this.classTerm.at(a, b);
  }

  /**
   * Compatibility of members `i` and `j`, 0…1.
   * @param i - one member's index
   * @param j - the other's
   */
  compat(i: number, j: number): number {
    return (
      this.classTerm.at(this.classOf[i] ?? 0, this.classOf[j] ?? 0) +
      this.hoursTerm.at(this.hoursOf[i] ?? 0, this.hoursOf[j] ?? 0)
    );
  }

  /**
   * Members ordered by skill, pace, class, hours: similar members near each other.
   * @param members - member indices
   */
  featureOrder(members: readonly number[]): number[] {
    const key = (i: number): number[] => {
      const c = this.classOf[i] ?? 0;
      return [...(this.rank[c] ?? []), c, this.hoursOf[i] ?? 0, i];
    };
    const keys = new Map(members.map((i) => [i, key(i)]));
    return [...members].sort((a, b) => {
      const x = keys.get(a) ?? [];
      const y = keys.get(b) ?? [];
      for (let t = 0; t < x.length; t += 1) if (x[t] !== y[t]) return (x[t] ?? 0) - (y[t] ?? 0);
      return 0;
    });
  }
}
