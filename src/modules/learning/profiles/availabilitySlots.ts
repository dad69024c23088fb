import { AVAILABILITY_SLOTS, type AvailabilitySlot } from '../config/LearningTypes.js';

const DAYS: Record<string, 'weekday' | 'weekend'> = {
  weekday: 'weekday',
  weekdays: 'weekday',
  weekend: 'weekend',
  weekends: 'weekend',
};
const PARTS: Record<string, 'morning' | 'afternoon' | 'evening' | 'night'> = {
  morning: 'morning',
  mornings: 'morning',
  afternoon: 'afternoon',
  afternoons: 'afternoon',
  evening: 'evening',
  evenings: 'evening',
  night: 'night',
  nights: 'night',
};
const FILLER = new Set(['and', 'on', 'in', 'the', '&']);

/** The slots a member wrote, and the items that named none. */
export interface ParsedAvailability {
  slots: AvailabilitySlot[];
  unknown: string[];
}

/**
 * Availability slots from what a member wrote: comma-separated items, each an exact slot
 * (`weekday-evening`) or a friendly form (`weekday evenings`, `weekend mornings`); an item
 * naming only days (`weekends`) means every part of those days, only a part of day
 * (`evenings`) means it on weekdays and weekends. Slots come out in {@link AVAILABILITY_SLOTS} order.
 * @param text - what the member wrote
 */
export function parseAvailability(text: string): ParsedAvailability {
  const chosen = new Set<AvailabilitySlot>();
  const unknown: string[] = [];
  for (const item of text.split(/[,;\n]/)) {
    const trimmed = item.trim();
    if (trimmed === '') continue;
    const days = new Set<'weekday' | 'weekend'>();
    const parts = new Set<'morning' | 'afternoon' | 'evening' | 'night'>();
    let understood = true;
    for (const word of trimmed.toLowerCase().split(/[\s_-]+/)) {
      const day = DAYS[word];
      const part = PARTS[word];
      if (day !== undefined) days.add(day);
      else if (part !== undefined) parts.add(part);
      else if (!FILLER.has(word)) understood = false;
    }
    if (!understood || (days.size === 0 && parts.size === 0)) {
      unknown.push(trimmed);
      continue;
    }
    const allDays = days.size > 0 ? [...days] : (['weekday', 'weekend'] as const);
    const allParts = parts.size > 0 ? [...parts] : (['morning', 'afternoon', 'evening', 'night'] as const);
    for (const day of allDays) for (const part of allParts) chosen.add(`${day}-${part}`);
  }
  return { slots: AVAILABILITY_SLOTS.filter((slot) => chosen.has(slot)), unknown };
}
