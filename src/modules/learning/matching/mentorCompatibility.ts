import type { CommunicationStyle } from '../config/LearningTypes.js';
import { countHours } from './hours.js';
import type { LearnerVector, MenteeVector, MentorVector, MentorWeights } from './MatchProfile.js';

/** A criterion's value when the mentee (or, for languages, either member) lists nothing: neither a match nor a miss. */
export const NEUTRAL = 0.5;

/** Scores within this of the floor count as reaching it (0.3 + 0.25 + 0.15 is 0.7000000000000001 or 0.6999…). */
export const FLOOR_TOLERANCE = 1e-9;

/** Each criterion of a mentee–mentor pair, 0…1, before the weights and reliabilities. */
export type MentorCriteria = Record<keyof MentorWeights, number>;

/** Scores mentee `i` against mentor `j` (indexes into the lists the scorer was built from). */
export interface MentorScorer {
  /** Compatibility 0…1: the weighted criteria × both reliabilities (clamped to 0…1). */
  score(i: number, j: number): number;
  /**
   * {@link MentorScorer.score} when it is at least `floor`, else −1; skips the costlier criteria
   * once the pair cannot reach the floor.
   */
  scoreAtLeast(i: number, j: number, floor: number): number;
  /** The five criteria, unweighted. */
  criteria(i: number, j: number): MentorCriteria;
}

/**
 * How well two communication styles fit: 1 the same, 0.75 when either is `mixed`, 0.25 async
 * with live.
 * @param a - one member's style
 * @param b - the other's
 */
export function communicationFit(a: CommunicationStyle, b: CommunicationStyle): number {
  if (a === b) return 1;
  return a === 'mixed' || b === 'mixed' ? 0.75 : 0.25;
}

const STYLE_CODE: Record<CommunicationStyle, number> = { async: 0, live: 1, mixed: 2 };
const STYLE_NAMES: readonly CommunicationStyle[] = ['async', 'live', 'mixed'];
/** {@link communicationFit} of every pair of style codes. */
const STYLE_FIT = Float64Array.from(STYLE_NAMES.flatMap((a) => STYLE_NAMES.map((b) => communicationFit(a, b))));

/** Members' weeks as one flat array, 6 words each. */
function flatHours(members: readonly LearnerVector[]): Uint32Array {
  const flat = new Uint32Array(members.length * 6);
  members.forEach((m, i) => flat.set(m.hours.subarray(0, 6), i * 6));
  return flat;
}

/** Tags as bit sets over one dictionary, `words` 32-bit words per member. */
class TagBits {
  private readonly index = new Map<string, number>();
  private readonly sets: (readonly string[])[] = [];

  /** Registers a member's tags; returns the set's number. */
  add(...lists: (readonly string[])[]): number {
    const tags = [...new Set(lists.flat().map((t) => t.trim().toLowerCase()))].filter((t) => t !== '');
    for (const t of tags) if (!this.index.has(t)) this.index.set(t, this.index.size);
    this.sets.push(tags);
    return this.sets.length - 1;
  }

  /** The sets as one flat array, `words` words each. */
  pack(): { bits: Uint32Array; words: number; sizes: Int32Array } {
    const words = Math.max(1, Math.ceil(this.index.size / 32));
    const bits = new Uint32Array(this.sets.length * words);
    const sizes = new Int32Array(this.sets.length);
    this.sets.forEach((tags, s) => {
      sizes[s] = tags.length;
      for (const t of tags) {
        const b = this.index.get(t) ?? 0;
        const w = s * words + (b >> 5);
        bits[w] = (bits[w] ?? 0) | (1 << (b & 31));
      }
    });
    return { bits, words, sizes };
  }
}

function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Members of set `a` (of `as`) also in set `b` (of `bs`). */
function common(as: Uint32Array, a: number, bs: Uint32Array, b: number, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w += 1) n += bitCount((as[a * words + w] ?? 0) & (bs[b * words + w] ?? 0));
  return n;
}

/**
 * A scorer of every mentee against every mentor. Seed 003's criteria:
 * - domain: share of the mentee's interests among the mentor's domains and interests;
 * - career: share of the mentee's goals among the mentor's goals and domains;
 * - communication: {@link communicationFit};
 * - availability: `hoursOverlap` of their weeks (UTC);
 * - culture: 1 with a language in common, else 0.
 * A mentee listing no interests (goals) scores {@link NEUTRAL} on domain (career); so does a pair
 * where either lists no language. The weighted sum is multiplied by both members' reliabilities
 * (no-shows lower them). Tags are compared trimmed and lower-cased, as bit sets.
 * @param mentees - the mentees (any learner vectors)
 * @param mentors - the mentors
 * @param weights - the criteria weights (they add up to 1)
 */
export function mentorScorer(
  mentees: readonly LearnerVector[],
  mentors: readonly MentorVector[],
  weights: MentorWeights,
): MentorScorer {
  const tags = new TagBits();
  const langs = new TagBits();
  const interests = mentees.map((m) => tags.add(m.interests));
  const goals = mentees.map((m) => tags.add(m.goals));
  const expertise = mentors.map((m) => tags.add(m.domains, m.interests));
  const path = mentors.map((m) => tags.add(m.goals, m.domains));
  const menteeLangs = mentees.map((m) => langs.add(m.languages));
  const mentorLangs = mentors.map((m) => langs.add(m.languages));
  const t = tags.pack();
  const l = langs.pack();
  const menteeHours = Int32Array.from(mentees, (m) => countHours(m.hours));
  const mentorHours = Int32Array.from(mentors, (m) => countHours(m.hours));

  const menteeWeek = flatHours(mentees);
  const mentorWeek = flatHours(mentors);
  const menteeStyle = Int8Array.from(mentees, (m) => STYLE_CODE[m.communication]);
  const mentorStyle = Int8Array.from(mentors, (m) => STYLE_CODE[m.communication]);

  const share = (set: number, cover: number): number => {
    const size = t.sizes[set] ?? 0;
    return size === 0 ? NEUTRAL : common(t.bits, set, t.bits, cover, t.words) / size;
  };
  const culture = (i: number, j: number): number => {
    const li = menteeLangs[i] ?? 0;
    const lj = mentorLangs[j] ?? 0;
    if ((l.sizes[li] ?? 0) === 0 || (l.sizes[lj] ?? 0) === 0) return NEUTRAL;
    return common(l.bits, li, l.bits, lj, l.words) > 0 ? 1 : 0;
  };
  const overlap = (i: number, j: number): number => {
    const fewer = Math.min(menteeHours[i] ?? 0, mentorHours[j] ?? 0);
    return fewer === 0 ? 0 : common(menteeWeek, i, mentorWeek, j, 6) / fewer;
  };
  const communication = (i: number, j: number): number =>
    STYLE_FIT[(menteeStyle[i] ?? 0) * 3 + (mentorStyle[j] ?? 0)] ?? 0;
  return {
    criteria(i, j) {
      if (mentees[i] === undefined || mentors[j] === undefined) throw new RangeError(`no pair ${i}, ${j}`);
      return {
        domain: share(interests[i] ?? 0, expertise[j] ?? 0),
        career: share(goals[i] ?? 0, path[j] ?? 0),
        communication: communication(i, j),
        availability: overlap(i, j),
        culture: culture(i, j),
      };
    },
    scoreAtLeast(i, j, floor) {
      const reliability = (mentees[i]?.reliability ?? 1) * (mentors[j]?.reliability ?? 1);
      // Cheapest criteria first; each step checks the best the pair could still reach.
      const need = floor / reliability;
      let sum = weights.communication * communication(i, j) + weights.culture * culture(i, j);
      if (sum + weights.domain + weights.career + weights.availability < need) return -1;
      sum += weights.domain * share(interests[i] ?? 0, expertise[j] ?? 0);
      if (sum + weights.career + weights.availability < need) return -1;
      sum += weights.career * share(goals[i] ?? 0, path[j] ?? 0);
      if (sum + weights.availability < need) return -1;
      sum += weights.availability * overlap(i, j);
      const score = Math.min(1, Math.max(0, sum * reliability));
      return score >= floor ? score : -1;
    },
    score(i, j) {
      // Summed in scoreAtLeast's order, so both give the same number.
      const sum =
        weights.communication * communication(i, j) +
        weights.culture * culture(i, j) +
        weights.domain * share(interests[i] ?? 0, expertise[j] ?? 0) +
        weights.career * share(goals[i] ?? 0, path[j] ?? 0) +
        weights.availability * overlap(i, j);
      // Clamped: weights adding up to 1 in floating point can give 1.0000000000000002.
      return Math.min(1, Math.max(0, sum * ((mentees[i]?.reliability ?? 1) * (mentors[j]?.reliability ?? 1))));
    },
  };
}

/**
 * Compatibility of one mentee with one mentor, 0…1 (see {@link mentorScorer}).
 * @param mentee - the mentee
 * @param mentor - the mentor
 * @param weights - the criteria weights
 */
export function mentorCompatibility(mentee: LearnerVector, mentor: MentorVector, weights: MentorWeights): number {
  return mentorScorer([mentee], [mentor], weights).score(0, 0);
}

/** Do-not-pair lists as a lookup. */
export type ForbiddenPairs = ReadonlySet<string>;

/**
 * Forbidden pairs as a set, both orders.
 * @param pairs - member id pairs
 */
export function forbiddenPairs(pairs: readonly (readonly [string, string])[]): ForbiddenPairs {
  const set = new Set<string>();
  for (const [a, b] of pairs) {
    set.add(`${a}\u0000${b}`);
    set.add(`${b}\u0000${a}`);
  }
  return set;
}

/**
 * Whether a mentor may be offered to a mentee at all, whatever the score: never themselves, never
 * a forbidden pair, only the mentee's preferred category when they set one. Capacity is not
 * checked here.
 * @param mentee - the mentee
 * @param mentor - the mentor
 * @param forbidden - do-not-pair lists
 */
export function mayMentor(mentee: MenteeVector, mentor: MentorVector, forbidden: ForbiddenPairs): boolean {
  if (mentee.id === mentor.id) return false;
  if (mentee.preferredCategory !== null && mentee.preferredCategory !== mentor.category) return false;
  return !forbidden.has(`${mentee.id}\u0000${mentor.id}`);
}
