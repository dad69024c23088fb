import type { EventType } from '../config/EventTypes.js';

/**
 * One occurrence the file asks for: a programme series' occurrence (`<series id>:<local date>`)
 * or a one-off (`<id>`), with its instant times and its place by channel name.
 */
export interface Occurrence {
  id: string;
  source: 'programme' | 'file';
  /** The series, for programme occurrences. */
  seriesId: string | null;
  /** The occurrence's original local date (how exceptions name it); null for one-offs. */
  localDate: string | null;
  title: string;
  description: string | null;
  type: EventType;
  /** Epoch ms. */
  startAt: number;
  /** Epoch ms. */
  endAt: number;
  /** Voice or stage channel name, or null (then `location`). */
  channel: string | null;
  location: string | null;
  capacity: number | null;
  hostId: string | null;
  /** Cancelled by an exception: an existing row is cancelled, none is created. */
  cancelled: boolean;
}
