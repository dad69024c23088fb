import { queryOptions } from '@tanstack/react-query';
import type {
  ConfigPlan,
  ConfigProblem,
  ConfigResponse,
  PlanChange,
} from '../../../src/server/dashboard/config/ConfigApi.js';
import { getJson } from '../api/http.js';

export type { ConfigPlan, ConfigProblem, ConfigResponse, PlanChange };

/** Reads the effective community.yaml, its validation and the blueprint's plan (admin). */
export function fetchConfig(): Promise<ConfigResponse> {
  return getJson<ConfigResponse>('/api/config');
}

/** The config page's data; the plan reads the live guild, so it is read again each minute. */
export const configQuery = queryOptions({ queryKey: ['config'], queryFn: fetchConfig, refetchInterval: 60_000 });
