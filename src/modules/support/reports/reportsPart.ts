import type { SupportPart } from '../SupportPart.js';
import { reportsRoutes } from './reportsRoutes.js';

/**
 * The dashboard's API of the support module (`/api/support/…`): the queue, statistics, the
 * time-to-first-response histogram, support heroes, a question's detail and the knowledge base.
 * GET routes only; they read the support tables and nothing else.
 */
export const reportsPart: SupportPart = { routes: reportsRoutes };
