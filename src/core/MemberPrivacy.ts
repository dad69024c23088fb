import type { Json } from './DomainEvent.js';

/** How to erase a member's data. */
export interface EraseOptions {
  /**
   * Keep moderation records (cases, appeals, evidence) about the member, as
   * `privacy.keepModerationRecords` says. Default false: they are erased too.
   */
  keepModerationRecords: boolean;
}

/**
 * A module's part of member export and erase (Discord Developer Terms §5, GDPR art. 15/17).
 * (Methods, so a module with a specific context fits the module list's wider type.)
 */
export interface MemberPrivacy<Ctx> {
  /**
   * Everything the module holds about one member, by table or topic, as JSON. An empty
   * object when it holds nothing.
   */
  exportMember(ctx: Ctx, guildId: string, userId: string): Promise<Record<string, Json>>;
  /**
   * Deletes the member's rows from the module's tables, or blanks the member out of rows that
   * also hold aggregates (a count stays, whose it was does not). Must leave the member's id,
   * names and message content nowhere in the module's tables. Returns how many rows changed or went.
   */
  eraseMember(ctx: Ctx, guildId: string, userId: string, options: EraseOptions): Promise<number>;
  /**
   * Blanks message content recorded before `before` (epoch ms) in the module's tables, for
   * `privacy.messageContentDays`; ids, counts and aggregates stay. Returns how many rows changed.
   */
  blankContentBefore?(ctx: Ctx, before: number): Promise<number>;
}

/** Everything Guildhall holds about one member, section by owner (`core`, `sandbox`, a module id). */
export type MemberExport = Record<string, Record<string, Json>>;

/** What an erase did, section by owner. */
export interface EraseReport {
  userId: string;
  /** Rows changed or removed, by owner. */
  changed: Record<string, number>;
}

/** A part of Guildhall that holds member data outside modules (event log, sandbox, jobs). */
export interface PrivacyOwner {
  /** `core`, `sandbox`, `scheduler`… (a section of the export). */
  id: string;
  exportMember(guildId: string, userId: string): Promise<Record<string, Json>>;
  /** Returns how many rows changed or went. */
  eraseMember(guildId: string, userId: string, options: EraseOptions): Promise<number>;
  blankContentBefore?(before: number): Promise<number>;
}

/**
 * Export and erase of one member across Guildhall (core tables, the sandbox, every module),
 * handed to modules as `ctx.memberData` (the privacy module's commands use it).
 */
export interface MemberDataService {
  /** Everything held about the member. */
  exportMember(guildId: string, userId: string): Promise<MemberExport>;
  /**
   * Erases the member everywhere and records it in the audit log.
   * @param actor - who asked (`discord:<id>` for the member themself or staff, `cli:<user>`)
   */
  eraseMember(guildId: string, userId: string, actor: string, options: EraseOptions): Promise<EraseReport>;
  /**
   * Blanks message content recorded before `before` (epoch ms) everywhere it is kept
   * (retention, `privacy.messageContentDays`); ids, counts and aggregates stay.
   * @returns rows changed, by owner
   */
  blankContentBefore(before: number): Promise<Record<string, number>>;
}
