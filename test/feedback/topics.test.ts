import { describe, expect, it } from 'vitest';
import { extractTopics, termsOf } from '../../src/modules/feedback/reports/topics/extractTopics.js';

const ITEMS = [
  { number: 1, text: 'Dark mode please\nThe app is way too bright at night, a dark mode would help my eyes.' },
  { number: 2, text: 'Dark mode toggle resets\nEvery time I reload, the dark mode setting is lost.' },
  { number: 3, text: 'Login page crashes on Android\nThe login page crashes whenever I rotate my phone.' },
  { number: 4, text: "Can't log in\nThe login button does nothing on the login page since the update." },
  { number: 5, text: 'Export to CSV\nI would love to export my data as CSV files for my spreadsheets. CSV CSV CSV.' },
];

describe('weekly report topics', () => {
  it('finds nouns by their base form, without stop words or generic feedback nouns', () => {
    const { words } = termsOf('This bug: the pages crash and the buttons are broken. Please fix the issue!');
    expect(words).toContain('page');
    expect(words).toContain('button');
    for (const generic of ['bug', 'issue', 'the', 'please', 'pages']) expect(words).not.toContain(generic);
  });

  it('ranks by how many items mention a term, shared phrases over their words', () => {
    const topics = extractTopics(ITEMS, 8);
    const byTerm = new Map(topics.map((t) => [t.term, t]));
    expect(byTerm.get('dark mode')).toMatchObject({ count: 2, items: [1, 2] });
    expect(byTerm.get('login page')).toMatchObject({ count: 2, items: [3, 4] });
    // "mode" and "login" appear only inside the shared phrases: the phrases stand for them.
    expect(byTerm.has('mode')).toBe(false);
    expect(byTerm.has('login')).toBe(false);
    // One item repeating a word counts once.
    expect(byTerm.get('csv')).toMatchObject({ count: 1, items: [5] });
    const counts = topics.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('answers at most the configured number of topics, none without items', () => {
    expect(extractTopics(ITEMS, 3)).toHaveLength(3);
    expect(extractTopics([], 8)).toEqual([]);
  });
});
