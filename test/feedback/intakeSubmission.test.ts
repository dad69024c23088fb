import { describe, expect, it } from 'vitest';
import { feedbackForm, formType, parseSubmission } from '../../src/modules/feedback/intake/feedbackForm.js';
import { titleOf } from '../../src/modules/feedback/intake/onIntakeMessage.js';

describe('the feedback form', () => {
  it('reads its type back from its custom id', () => {
    expect(formType(feedbackForm('suggestion').customId)).toBe('suggestion');
    expect(formType('feedback:form:praise')).toBeNull();
    expect(formType('feedback:form:bug:extra')).toBeNull();
    expect(formType('feedback:up:bug')).toBeNull();
  });

  it('trims the title and details', () => {
    expect(parseSubmission({ title: '  Slow search ', details: '\nTakes 10 s.\n' })).toEqual({
      title: 'Slow search',
      body: 'Takes 10 s.',
    });
    expect(parseSubmission({ title: 'No details' })).toEqual({ title: 'No details', body: '' });
  });

  it('says what to fix for a blank or long title and long details', () => {
    expect(parseSubmission({ title: ' ', details: 'x' })).toEqual({
      content: 'Your feedback needs a title: nothing was saved. Please try again.',
      ephemeral: true,
    });
    expect(parseSubmission({ title: 'y'.repeat(101) })).toEqual({
      content: 'The title must be one line of at most 100 characters: nothing was saved.',
      ephemeral: true,
    });
    expect(parseSubmission({ title: 'ok', details: 'z'.repeat(1501) })).toEqual({
      content: 'The details must be at most 1500 characters (you wrote 1501): nothing was saved.',
      ephemeral: true,
    });
  });
});

describe('titles of intake messages', () => {
  it('take the first non-empty line, cut to 100 characters', () => {
    expect(titleOf('\n  Crash on start  \nwhen offline')).toBe('Crash on start');
    expect(titleOf('a'.repeat(150))).toHaveLength(100);
    expect(titleOf('  \n ')).toBe('');
  });
});
