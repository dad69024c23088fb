import type { FeedbackPart } from '../FeedbackPart.js';
import { readRoutes } from './readRoutes.js';
import { staffRoutes } from './staffRoutes.js';

/**
 * The dashboard's API of the feedback module (`/api/feedback/…`): items (filtered, searched,
 * paged) and one item's detail, the status board, sentiment per day, survey results over time
 * and the weekly report (GET, viewers); staff change an item's status and merge duplicates
 * (POST, feedback staff by their guild roles).
 */
export const httpPart: FeedbackPart = { routes: [...readRoutes, ...staffRoutes] };
