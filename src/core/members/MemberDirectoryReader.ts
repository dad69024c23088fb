/** One member as the directory knows them. */
export interface DirectoryMember {
  guildId: string;
  userId: string;
  /** Account name; the user id while only the id is known (`nameKnown` false). */
  username: string;
  /** Nickname, else global name, else username, as last seen. */
  displayName: string;
  /** False while the member is known only by id (seen in a message or reaction, never named). */
  nameKnown: boolean;
  bot: boolean;
  /** Role ids as last seen (@everyone not included). */
  roles: string[];
  /** Epoch ms of their latest join; null when unknown (e.g. seen only in imported history). */
  joinedAt: number | null;
  /** Epoch ms they left; null while they are a member. */
  leftAt: number | null;
  /** Epoch ms Guildhall first saw them (a join, message, reaction or the member list). */
  firstSeenAt: number;
  firstMessageAt: number | null;
  /** Epoch ms of their latest message or reaction. */
  lastActiveAt: number | null;
}

/** Which members a directory list or count includes. */
export type MemberStatus = 'present' | 'left' | 'all';

/** A page of the directory: who, in which order, filtered how. */
export interface MemberListQuery {
  /**
   * Part of the display name or username (case-insensitive; SQLite folds ASCII letters only),
   * or a whole user id.
   */
  search?: string;
  /** `present` (default): members now; `left`: former members; `all`: both. */
  status?: MemberStatus;
  /** Include bot accounts (default true). */
  includeBots?: boolean;
  /** Only members whose latest join is after this epoch ms. */
  joinedAfter?: number;
  /** Only members with no message or reaction after this epoch ms (never active included). */
  inactiveSince?: number;
  /** Only members holding at least one of these role ids. */
  anyRole?: readonly string[];
  /** Page size, 1–1000 (default 50). */
  limit?: number;
  /** Rows to skip (default 0). */
  offset?: number;
}

/** One page of {@link MemberDirectoryReader.list}. */
export interface MemberPage {
  /** Ordered by display name (case-insensitive), then user id. */
  members: DirectoryMember[];
  /** Members matching the query, all pages. */
  total: number;
}

/** What {@link MemberDirectoryReader.count} counts. */
export interface MemberCountOptions {
  /**
   * Members at this epoch ms: joined at or before it and not left by then. Left out: members
   * now. The directory keeps each member's latest join only, so a member who left and came
   * back counts from the rejoin; exact history is the event log's.
   */
  at?: number;
  /** Count bot accounts (default true). */
  includeBots?: boolean;
}

/**
 * Reads the member directory (`member_directory`). Every module gets it as `ctx.members`; the
 * dashboard reads the same table. All reads are index reads on the guild.
 */
export interface MemberDirectoryReader {
  /**
   * One member, present or former, or null when the directory has never seen them.
   * @param guildId - the guild
   * @param userId - the member
   */
  get(guildId: string, userId: string): Promise<DirectoryMember | null>;
  /**
   * Several members by id (unknown ids are left out).
   * @param guildId - the guild
   * @param userIds - the members
   */
  getMany(guildId: string, userIds: Iterable<string>): Promise<Map<string, DirectoryMember>>;
  /**
   * userId → display name, for the ids whose name is known (members known only by id are
   * left out, so a caller can ask the platform for them).
   * @param guildId - the guild
   * @param userIds - the members
   */
  names(guildId: string, userIds: Iterable<string>): Promise<Map<string, string>>;
  /**
   * A page of members, searched and filtered, by name.
   * @param guildId - the guild
   * @param query - search, status, filters, page
   */
  list(guildId: string, query?: MemberListQuery): Promise<MemberPage>;
  /**
   * How many members the guild has now, or had at a time.
   * @param guildId - the guild
   * @param options - the time, and whether bots count
   */
  count(guildId: string, options?: MemberCountOptions): Promise<number>;
}
