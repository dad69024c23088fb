import type { z } from 'zod';
import type { appealsRoute } from '../../../src/modules/moderation/http/appealsRoute.js';
import type { automodRulesRoute } from '../../../src/modules/moderation/http/automodRulesRoute.js';
import type { caseRoute } from '../../../src/modules/moderation/http/caseRoute.js';
import type { decideAppealRoute } from '../../../src/modules/moderation/http/decideAppealRoute.js';
import type { listCasesRoute } from '../../../src/modules/moderation/http/listCasesRoute.js';
import type { endLockdownRoute, lockdownRoute } from '../../../src/modules/moderation/http/lockdownRoutes.js';
import type { AppealView, CaseView, EvidenceView } from '../../../src/modules/moderation/http/caseViews.js';
import { getJson, postJson } from '../api/http.js';

/** A case as the moderation API shows it (`caseViews.ts`). */
export type ModerationCase = z.output<typeof CaseView>;
/** An appeal as the moderation API shows it. */
export type ModerationAppeal = z.output<typeof AppealView>;
/** A copy of a message kept in a case. */
export type Evidence = z.output<typeof EvidenceView>;
/** `GET /api/moderation/appeals`: the queue, each appeal with a summary of its case. */
export type AppealQueue = z.output<(typeof appealsRoute)['response']>;
/** One appeal of the queue. */
export type QueuedAppeal = AppealQueue['appeals'][number];
/** `GET /api/moderation/cases`: one page of cases and the total. */
export type CasesPage = z.output<(typeof listCasesRoute)['response']>;
/** The filters and paging of `GET /api/moderation/cases`. */
export type CaseFilters = Partial<z.output<NonNullable<(typeof listCasesRoute)['query']>>>;
/** `GET /api/moderation/cases/:caseNumber`: a case, its appeals and its timeline. */
export type CaseDetail = z.output<(typeof caseRoute)['response']>;
/** One entry of a case's timeline. */
export type TimelineEntry = CaseDetail['timeline'][number];
/** What deciding an appeal answers. */
export type DecisionResult = z.output<(typeof decideAppealRoute)['response']>;
/** What deciding an appeal sends. */
export type Decision = z.input<NonNullable<(typeof decideAppealRoute)['body']>>;
/** `GET /api/moderation/lockdown`. */
export type ActiveLockdown = z.output<(typeof lockdownRoute)['response']>;
/** The lockdown in force. */
export type Lockdown = NonNullable<ActiveLockdown['lockdown']>;
/** What ending the lockdown answers. */
export type LockdownEnded = z.output<(typeof endLockdownRoute)['response']>;
/** `GET /api/moderation/automod-rules`. */
export type AutomodRuleStats = z.output<(typeof automodRulesRoute)['response']>;
/** One automod rule's cases and false-positive rate. */
export type RuleStats = AutomodRuleStats['rules'][number];

/**
 * Reads the appeals queue, oldest first.
 * @param status - pending (the queue), upheld or overturned
 */
export function fetchAppeals(status: ModerationAppeal['status'] = 'pending'): Promise<AppealQueue> {
  return getJson<AppealQueue>(`/api/moderation/appeals?status=${status}`);
}

/**
 * Reads a page of cases, newest first.
 * @param filters - status, kind, member, rule, source, limit and offset (unset ones left out)
 */
export function fetchCases(filters: CaseFilters): Promise<CasesPage> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return getJson<CasesPage>(`/api/moderation/cases?${query.toString()}`);
}

/**
 * Reads one case with its evidence, appeals and timeline.
 * @param caseNumber - the case
 */
export function fetchCase(caseNumber: number): Promise<CaseDetail> {
  return getJson<CaseDetail>(`/api/moderation/cases/${caseNumber}`);
}

/**
 * Upholds or overturns an appeal (403 with the reason when the reviewer may not, 409 when
 * it was already decided).
 * @param appealId - the appeal
 * @param decision - the outcome and the reasoning the member gets
 */
export function decideAppeal(appealId: number, decision: Decision): Promise<DecisionResult> {
  return postJson<DecisionResult>(`/api/moderation/appeals/${appealId}/decision`, decision);
}

/** Reads the lockdown in force, if any. */
export function fetchLockdown(): Promise<ActiveLockdown> {
  return getJson<ActiveLockdown>('/api/moderation/lockdown');
}

/** Ends the lockdown (channels, verification level and invites back as they were). */
export function endLockdown(): Promise<LockdownEnded> {
  return postJson<LockdownEnded>('/api/moderation/lockdown/end', {});
}

/** Reads each automod rule's cases, appeals and overturns. */
export function fetchAutomodRules(): Promise<AutomodRuleStats> {
  return getJson<AutomodRuleStats>('/api/moderation/automod-rules');
}
