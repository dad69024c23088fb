import { TUTORIAL_FORMATS, TUTORIAL_LEVELS, type LibraryConfig } from './libraryConfig.js';
import type { TutorialMetadata } from './submitTutorial.js';

/**
 * Category, level and format as given (command options or a form's custom id), checked against
 * the config, or the refusal naming what is allowed.
 * @param config - the library settings
 * @param category - a category id
 * @param level - a level
 * @param format - a format
 */
export function parseMetadata(
  config: LibraryConfig,
  category: unknown,
  level: unknown,
  format: unknown,
): TutorialMetadata | { refusal: string } {
  const categoryIds = config.categories.map((c) => c.id);
  if (typeof category !== 'string' || !categoryIds.includes(category)) {
    return { refusal: `Choose a category: ${categoryIds.join(', ')}.` };
  }
  const foundLevel = TUTORIAL_LEVELS.find((l) => l === level);
  if (foundLevel === undefined) return { refusal: `Choose a level: ${TUTORIAL_LEVELS.join(', ')}.` };
  const foundFormat = TUTORIAL_FORMATS.find((f) => f === format);
  if (foundFormat === undefined || !config.formats.includes(foundFormat)) {
    return { refusal: `Choose a format: ${config.formats.join(', ')}.` };
  }
  return { category, level: foundLevel, format: foundFormat };
}
