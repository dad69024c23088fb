import { defineRoute } from '../../../core/defineRoute.js';
import type { LearningContext } from '../LearningContext.js';
import {
  GroupList,
  GroupsQuery,
  LearningOverview,
  MentorList,
  MentorshipList,
  MentorshipsQuery,
  ProfileList,
  RoundList,
  RoundsQuery,
} from './LearningApi.js';
import { learningOverview } from './learningOverview.js';
import { listGroups } from './listGroups.js';
import { listMentors } from './listMentors.js';
import { listMentorships } from './listMentorships.js';
import { listProfiles } from './listProfiles.js';
import { listRounds } from './listRounds.js';

/** `GET /api/learning/overview`: the cohort in numbers. */
export const overviewRoute = defineRoute({
  method: 'GET',
  path: '/overview',
  access: 'viewer',
  summary:
    'The learning cohort: profiles, members in group rounds, mentees waiting, mentors active and paused, profiles per skill, pace, style and goal, rounds',
  response: LearningOverview,
  handle: async ({ guildId }, ctx: LearningContext) => ({ status: 200, body: await learningOverview(ctx, guildId) }),
});

/** `GET /api/learning/groups?status`: study groups. */
export const groupsRoute = defineRoute({
  method: 'GET',
  path: '/groups',
  access: 'viewer',
  summary: 'Study groups (default active), newest first, with their members and compatibility',
  query: GroupsQuery,
  response: GroupList,
  handle: async ({ query, guildId }, ctx: LearningContext) => ({
    status: 200,
    body: await listGroups(ctx, guildId, query.status),
  }),
});

/** `GET /api/learning/rounds`: rounds of group formation. */
export const roundsRoute = defineRoute({
  method: 'GET',
  path: '/rounds',
  access: 'viewer',
  summary:
    'Rounds of study-group formation, newest first: learners, groups, objective, bound and gap, and who was not placed and why',
  query: RoundsQuery,
  response: RoundList,
  handle: async ({ query, guildId }, ctx: LearningContext) => ({
    status: 200,
    body: await listRounds(ctx, guildId, query.limit),
  }),
});

/** `GET /api/learning/mentors`: mentors and their load. */
export const mentorsRoute = defineRoute({
  method: 'GET',
  path: '/mentors',
  access: 'viewer',
  summary: 'Mentors with their category, domains, capacity and active mentees (load), paused or not',
  response: MentorList,
  handle: async ({ guildId }, ctx: LearningContext) => ({ status: 200, body: await listMentors(ctx, guildId) }),
});

/** `GET /api/learning/mentorships?status`: mentorships and their journey. */
export const mentorshipsRoute = defineRoute({
  method: 'GET',
  path: '/mentorships',
  access: 'viewer',
  summary:
    'Mentorships (default active), newest first: mentor, mentee, compatibility, dates, sessions met / no-show / skipped / pending and the next one due',
  query: MentorshipsQuery,
  response: MentorshipList,
  handle: async ({ query, guildId }, ctx: LearningContext) => ({
    status: 200,
    body: await listMentorships(ctx, guildId, query.status),
  }),
});

/** `GET /api/learning/profiles`: every learner profile (moderators and up). */
export const profilesRoute = defineRoute({
  method: 'GET',
  path: '/profiles',
  access: 'moderator',
  summary: 'Every learner profile (moderators): skill, pace, style, goals, languages, availability and opt-ins',
  response: ProfileList,
  handle: async ({ guildId }, ctx: LearningContext) => ({ status: 200, body: await listProfiles(ctx, guildId) }),
});

/** The learning dashboard's read routes. */
export const readRoutes = [overviewRoute, groupsRoute, roundsRoute, mentorsRoute, mentorshipsRoute, profilesRoute];
