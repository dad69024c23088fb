import type {
  AssignmentOutcome,
  GroupList,
  LearningOverview,
  MentorList,
  MentorshipList,
  RoundList,
  RoundOutcome,
} from '../../../src/modules/learning/http/LearningApi.js';
import type { GroupType } from '../../../src/modules/learning/config/LearningTypes.js';
import { getJson, postJson } from '../api/http.js';

export type { AssignmentOutcome, GroupList, LearningOverview, MentorList, MentorshipList, RoundList, RoundOutcome };
export type { GroupType };

/** Which groups the groups table lists. */
export type GroupFilter = 'active' | 'disbanded' | 'all';

/** Reads the cohort in numbers (`GET /api/learning/overview`). */
export function fetchLearningOverview(): Promise<LearningOverview> {
  return getJson<LearningOverview>('/api/learning/overview');
}

/**
 * Reads study groups (`GET /api/learning/groups`).
 * @param status - which groups
 */
export function fetchGroups(status: GroupFilter): Promise<GroupList> {
  return getJson<GroupList>(`/api/learning/groups?status=${status}`);
}

/** Reads the latest rounds of group formation (`GET /api/learning/rounds`). */
export function fetchRounds(): Promise<RoundList> {
  return getJson<RoundList>('/api/learning/rounds?limit=10');
}

/** Reads the mentors and their load (`GET /api/learning/mentors`). */
export function fetchMentors(): Promise<MentorList> {
  return getJson<MentorList>('/api/learning/mentors');
}

/** Reads the active mentorships and their journey (`GET /api/learning/mentorships`). */
export function fetchMentorships(): Promise<MentorshipList> {
  return getJson<MentorshipList>('/api/learning/mentorships?status=active');
}

/**
 * Previews or forms the study groups of a type (`POST /api/learning/rounds`, learning staff).
 * @param type - the group type
 * @param preview - only show the groups
 */
export function postRound(type: GroupType, preview: boolean): Promise<RoundOutcome> {
  return postJson<RoundOutcome>('/api/learning/rounds', { type, preview });
}

/**
 * Previews or runs the mentor assignment (`POST /api/learning/assignments`, learning staff).
 * @param preview - only show the pairs
 */
export function postAssignment(preview: boolean): Promise<AssignmentOutcome> {
  return postJson<AssignmentOutcome>('/api/learning/assignments', { preview });
}
