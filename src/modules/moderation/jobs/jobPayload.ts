import type { Json } from '../../../core/DomainEvent.js';

/** The fields every moderation job carries. */
export interface CaseJobPayload {
  guildId: string;
  caseId: number;
}

/**
 * A whole-number field of a job payload, or null when missing (a job written by an older
 * version, or by hand).
 * @param payload - the job's payload
 * @param field - the field name
 */
export function numberField(payload: Json, field: string): number | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const value = payload[field];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/**
 * A text field of a job payload, or null when missing.
 * @param payload - the job's payload
 * @param field - the field name
 */
export function stringField(payload: Json, field: string): string | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const value = payload[field];
  return typeof value === 'string' ? value : null;
}

/**
 * The guild and case of a case job, or null when the payload lacks them.
 * @param payload - the job's payload
 */
export function caseJobPayload(payload: Json): CaseJobPayload | null {
  const guildId = stringField(payload, 'guildId');
  const caseId = numberField(payload, 'caseId');
  return guildId === null || caseId === null ? null : { guildId, caseId };
}
