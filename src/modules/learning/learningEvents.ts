// The learning module's events: payload types (merged into core's EventPayloads) and one
// summary line each. No member text in the log: interests, goals and domains stay in the
// learning tables, which erase clears.
import { defineEvents } from '../../core/defineEvents.js';
import type {
  GroupType,
  LearningStyle,
  MentorCategory,
  Pace,
  SessionKind,
  SessionOutcome,
  SkillLevel,
} from './config/LearningTypes.js';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    /** A member set or changed their learner profile. */
    'learning.profile_updated': {
      userId: string;
      skill: SkillLevel;
      pace: Pace;
      style: LearningStyle;
      /** Takes part in study-group rounds. */
      groups: boolean;
      /** Waits for a mentor. */
      seekingMentor: boolean;
    };
    /** A member registered as a mentor, changed their offer, or paused (active false). */
    'learning.mentor_registered': { userId: string; category: MentorCategory; capacity: number; active: boolean };
    /** A member added (or removed) someone on their do-not-pair list. */
    'learning.avoid_changed': { userId: string; otherId: string; avoid: boolean };
    /**
     * A round of study groups was formed (or previewed): the objective reached, an upper bound
     * and the gap between them in percent (0 and exact when solved exactly).
     */
    'learning.groups_formed': {
      roundId: string;
      number: number;
      type: GroupType;
      preview: boolean;
      learners: number;
      groups: number;
      unplaced: number;
      value: number;
      bound: number;
      gapPct: number;
      exact: boolean;
      by: string | null;
    };
    /** A study group was created: its members, mean compatibility, thread and role. */
    'learning.group_created': {
      groupId: string;
      number: number;
      roundId: string;
      type: GroupType;
      memberIds: string[];
      compatibility: number;
      threadId: string | null;
      roleId: string | null;
    };
    /** A study group was disbanded (by staff, or at the end of its lifetime). */
    'learning.group_disbanded': { groupId: string; number: number; by: string | null };
    /** A mentor and a mentee were matched (by the optimal assignment, or the mentee's request). */
    'learning.mentorship_started': {
      mentorshipId: string;
      mentorId: string;
      menteeId: string;
      compatibility: number;
      source: 'assignment' | 'request';
      threadId: string | null;
    };
    /** A journey session was recorded (or skipped when nobody answered). */
    'learning.session_recorded': {
      mentorshipId: string;
      sessionId: string;
      kind: SessionKind;
      seq: number;
      outcome: SessionOutcome;
      noShowUserId: string | null;
      by: string | null;
    };
    /** A mentorship finished its journey, or one side (or staff) ended it. */
    'learning.mentorship_ended': {
      mentorshipId: string;
      mentorId: string;
      menteeId: string;
      reason: 'completed' | 'ended' | 'member_left';
      by: string | null;
    };
  }
}

/** The learning module's events. */
export const learningEvents = defineEvents('learning', {
  'learning.profile_updated': {
    summary: (p, n) => `${n.user(p.userId)} updated their learner profile (${p.skill}, ${p.pace})`,
  },
  'learning.mentor_registered': {
    summary: (p, n) =>
      p.active
        ? `${n.user(p.userId)} offers mentoring (${p.category}, ${p.capacity} mentees)`
        : `${n.user(p.userId)} paused mentoring`,
  },
  'learning.avoid_changed': {
    summary: (p, n) =>
      `${n.user(p.userId)} ${p.avoid ? 'added someone to' : 'removed someone from'} their do-not-pair list`,
  },
  'learning.groups_formed': {
    summary: (p) =>
      `${p.preview ? 'Previewed' : 'Formed'} ${p.groups} ${p.type} groups of ${p.learners} learners (gap ${p.gapPct.toFixed(1)}%${p.exact ? ', exact' : ''}${p.unplaced > 0 ? `, ${p.unplaced} unplaced` : ''})`,
  },
  'learning.group_created': {
    summary: (p) =>
      `Study group ${p.number} created (${p.memberIds.length} members, ${Math.round(p.compatibility * 100)}% compatible)`,
  },
  'learning.group_disbanded': { summary: (p) => `Study group ${p.number} disbanded` },
  'learning.mentorship_started': {
    summary: (p, n) =>
      `${n.user(p.mentorId)} now mentors ${n.user(p.menteeId)} (${Math.round(p.compatibility * 100)}% compatible)`,
  },
  'learning.session_recorded': { summary: (p) => `Mentorship ${p.kind} #${p.seq}: ${p.outcome}` },
  'learning.mentorship_ended': {
    summary: (p, n) =>
      `Mentorship of ${n.user(p.menteeId)} by ${n.user(p.mentorId)} ${p.reason === 'completed' ? 'completed' : 'ended'}`,
  },
});
