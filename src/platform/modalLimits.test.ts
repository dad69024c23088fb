import { describe, expect, it } from 'vitest';
import { PlatformRuleError } from '../core/errors.js';
import { assertModalWithinLimits } from './modalLimits.js';
import type { ModalSpec } from './Platform.js';

const form: ModalSpec = {
  customId: 'moderation:appeal-form:1',
  title: 'Appeal case #1',
  inputs: [{ customId: 'statement', label: 'What happened?', style: 'paragraph', minLength: 10, maxLength: 1500 }],
};

describe('modal limits', () => {
  it('accepts a form within Discord’s limits', () => {
    expect(() => {
      assertModalWithinLimits(form);
    }).not.toThrow();
  });

  it.each([
    ['a title over 45 characters', { ...form, title: 'x'.repeat(46) }, /a title is 1–45 characters/],
    ['no inputs', { ...form, inputs: [] }, /1–5 text inputs/],
    [
      'six inputs',
      { ...form, inputs: Array.from({ length: 6 }, (_, i) => ({ ...form.inputs[0]!, customId: `f${i}` })) },
      /1–5 text inputs/,
    ],
    ['repeated input ids', { ...form, inputs: [form.inputs[0]!, form.inputs[0]!] }, /input custom ids repeat/],
    [
      'a label over 45 characters',
      { ...form, inputs: [{ ...form.inputs[0]!, label: 'y'.repeat(46) }] },
      /a label is 1–45/,
    ],
    [
      'min above max',
      { ...form, inputs: [{ ...form.inputs[0]!, minLength: 20, maxLength: 10 }] },
      /min length is above max/,
    ],
    ['max over 4000', { ...form, inputs: [{ ...form.inputs[0]!, maxLength: 4001 }] }, /max length is 1–4000/],
    ['a custom id over 100 characters', { ...form, customId: 'z'.repeat(101) }, /a custom id is 1–100/],
  ])('refuses %s', (_name, modal: ModalSpec, message) => {
    expect(() => {
      assertModalWithinLimits(modal);
    }).toThrow(PlatformRuleError);
    expect(() => {
      assertModalWithinLimits(modal);
    }).toThrow(message);
  });
});
