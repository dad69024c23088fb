import type { EventsPart } from '../EventsPart.js';
import { reportsRoutes } from '../reports/reportsRoutes.js';
import { calendarRoutes } from './calendarRoutes.js';

/**
 * The events module's part for iCalendar feeds (the community's and each member's secret
 * feed) and the dashboard API (`GET /api/events/…`). `/events list` and `/events calendar`
 * are dispatched by `/events` (lifecycle part).
 */
export const calendarPart: EventsPart = {
  routes: [...calendarRoutes, ...reportsRoutes],
};
