import type { EffectPart } from '../parts/EffectPart.js';
import { alertEffect } from './alertEffect.js';
import { banEffect } from './banEffect.js';
import { deleteMessageEffect } from './deleteMessageEffect.js';
import { kickEffect } from './kickEffect.js';
import { lockdownEffect } from './lockdownEffect.js';
import { slowmodeEffect } from './slowmodeEffect.js';
import { strikeEffect } from './strikeEffect.js';
import { timeoutEffect } from './timeoutEffect.js';
import { warnEffect } from './warnEffect.js';

/** Every effect, in the order the docs list them. Ids are stable forever. */
export const effectParts: readonly [EffectPart, ...EffectPart[]] = [
  deleteMessageEffect,
  warnEffect,
  strikeEffect,
  timeoutEffect,
  kickEffect,
  banEffect,
  slowmodeEffect,
  lockdownEffect,
  alertEffect,
];
