import { MODAL_LIMITS } from './discordLimits.js';
import { InvalidRequest } from './PlatformError.js';
import type { ModalSpec } from './types/Modal.js';

export { MODAL_LIMITS } from './discordLimits.js';

/**
 * Refuses a modal Discord would refuse: 1–5 text inputs with distinct custom ids, title and
 * labels of at most 45 characters, lengths within 0–4000 and min ≤ max.
 * @param modal - the form
 * @throws InvalidRequest naming the first problem
 * @see https://discord.com/developers/docs/components/reference#text-input
 */
export function assertModalWithinLimits(modal: ModalSpec): void {
  const fail = (problem: string): never => {
    throw new InvalidRequest(`modal "${modal.customId}": ${problem}`);
  };
  if (modal.customId.length < 1 || modal.customId.length > MODAL_LIMITS.customId)
    fail(`a custom id is 1–${MODAL_LIMITS.customId} characters`);
  if (modal.title.trim() === '' || modal.title.length > MODAL_LIMITS.title)
    fail(`a title is 1–${MODAL_LIMITS.title} characters`);
  if (modal.inputs.length < 1 || modal.inputs.length > MODAL_LIMITS.inputs)
    fail(`a modal has 1–${MODAL_LIMITS.inputs} text inputs`);
  if (new Set(modal.inputs.map((i) => i.customId)).size !== modal.inputs.length) fail('input custom ids repeat');
  for (const input of modal.inputs) {
    const where = `input "${input.customId}"`;
    if (input.customId.length < 1 || input.customId.length > MODAL_LIMITS.customId)
      fail(`${where}: a custom id is 1–${MODAL_LIMITS.customId} characters`);
    if (input.label.trim() === '' || input.label.length > MODAL_LIMITS.label)
      fail(`${where}: a label is 1–${MODAL_LIMITS.label} characters`);
    if ((input.placeholder?.length ?? 0) > MODAL_LIMITS.placeholder)
      fail(`${where}: a placeholder is at most ${MODAL_LIMITS.placeholder} characters`);
    const min = input.minLength ?? 0;
    const max = input.maxLength ?? MODAL_LIMITS.value;
    if (!Number.isInteger(min) || min < 0 || min > MODAL_LIMITS.value)
      fail(`${where}: min length is 0–${MODAL_LIMITS.value}`);
    if (!Number.isInteger(max) || max < 1 || max > MODAL_LIMITS.value)
      fail(`${where}: max length is 1–${MODAL_LIMITS.value}`);
    if (min > max) fail(`${where}: min length is above max length`);
    if ((input.value?.length ?? 0) > max) fail(`${where}: a prefilled value is at most ${max} characters`);
  }
}
