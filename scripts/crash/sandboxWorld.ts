import { z } from 'zod';
import type { SandboxApi } from './sandboxApi.js';
import type { SeededRandom } from './seededRandom.js';

const Channels = z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() }));
const Members = z.array(z.object({ userId: z.string(), username: z.string(), bot: z.boolean() }));
const Bans = z.array(z.object({ userId: z.string() }));

/** A member's post the load may react or reply to. */
export interface KnownPost {
  channelId: string;
  messageId: string;
  authorId: string;
}

/** The channels the load uses. */
export interface WorldChannels {
  welcome: string;
  general: string;
  introductions: string;
  showcase: string;
  modLog: string;
}

const RECENT_POSTS = 200;
/** Seeded members the load also acts as (noor moderates, mira owns: neither is a target). */
const SEEDED_ACTORS = ['sam', 'kenji', 'lena', 'priya'];

/**
 * What the load knows of the sandbox guild: channels, staff, the users it acts as and whether
 * each is a member or banned (refreshed from the API now and then), and recent posts.
 */
export class SandboxWorld {
  /** Users the load may act as (those it created and a few seeded members). */
  readonly users = new Map<string, string>();
  readonly members = new Set<string>();
  readonly banned = new Set<string>();
  readonly recent: KnownPost[] = [];

  private constructor(
    readonly channels: WorldChannels,
    readonly ownerId: string,
    readonly moderatorId: string,
  ) {}

  /** Reads channels and the seeded staff from the API. */
  static async discover(api: SandboxApi): Promise<SandboxWorld> {
    const channels = await api.get('/channels', Channels);
    const channel = (name: string): string => {
      const found = channels.find((c) => c.name === name && c.kind === 'text');
      if (found === undefined) throw new Error(`the seeded sandbox has no #${name}`);
      return found.id;
    };
    const members = await api.get('/members?limit=1000', Members);
    const user = (username: string): string => {
      const found = members.find((m) => m.username === username);
      if (found === undefined) throw new Error(`the seeded sandbox has no member ${username}`);
      return found.userId;
    };
    const world = new SandboxWorld(
      {
        welcome: channel('welcome'),
        general: channel('general'),
        introductions: channel('introductions'),
        showcase: channel('showcase'),
        modLog: channel('mod-log'),
      },
      user('mira'),
      user('noor'),
    );
    for (const name of SEEDED_ACTORS) world.users.set(user(name), name);
    await world.refresh(api);
    return world;
  }

  /** Re-reads who is a member and who is banned. */
  async refresh(api: SandboxApi): Promise<void> {
    const members = await api.get('/members?limit=1000', Members);
    const bans = await api.get('/bans', Bans);
    this.members.clear();
    for (const m of members) if (this.users.has(m.userId)) this.members.add(m.userId);
    this.banned.clear();
    for (const b of bans) this.banned.add(b.userId);
  }

  /** A member the load acts as, other than `except`. */
  pickMember(random: SeededRandom, except?: string): string | undefined {
    const candidates = [...this.members].filter((id) => id !== except);
    return candidates.length === 0 ? undefined : random.pick(candidates);
  }

  /** A known user who is neither a member nor banned (to rejoin). */
  pickOutsider(random: SeededRandom): string | undefined {
    const candidates = [...this.users.keys()].filter((id) => !this.members.has(id) && !this.banned.has(id));
    return candidates.length === 0 ? undefined : random.pick(candidates);
  }

  /** A recent post by someone other than `except`. */
  pickPost(random: SeededRandom, except: string): KnownPost | undefined {
    const candidates = this.recent.filter((p) => p.authorId !== except);
    return candidates.length === 0 ? undefined : random.pick(candidates);
  }

  remember(post: KnownPost): void {
    this.recent.push(post);
    if (this.recent.length > RECENT_POSTS) this.recent.shift();
  }
}
