import { describe, expect, it } from 'vitest';
import { movedItems, sameOrder, targetOrder } from './orderChanges.js';

describe('targetOrder', () => {
  const declared = (ids: string) => (id: string) => ids.includes(id);

  it('puts declared items in the file order, each keeping the undeclared items that follow it', () => {
    expect(targetOrder(['a', 'x', 'b', 'y'], ['b', 'a'], declared('ab'))).toEqual(['b', 'y', 'a', 'x']);
  });

  it('keeps undeclared items that come first at the top', () => {
    expect(targetOrder(['x', 'a', 'b'], ['b', 'a'], declared('ab'))).toEqual(['x', 'b', 'a']);
  });

  it('drops declared items leaving the group and appends arrivals in the file order', () => {
    expect(targetOrder(['a', 'gone', 'x'], ['new', 'a'], declared('a gone new'))).toEqual(['new', 'a', 'x']);
  });

  it('does not let a just-created item carry the undeclared items after it', () => {
    const isNew = (id: string) => id === 'n';
    expect(targetOrder(['a', 'x', 'y', 'n'], ['n', 'a'], declared('an'), isNew)).toEqual(['n', 'a', 'x', 'y']);
  });
});

describe('movedItems', () => {
  it('reports one move when one item goes from the bottom to the top', () => {
    expect(movedItems(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])).toEqual(new Set(['d']));
  });

  it('reports nothing for the same relative order, whatever else changed', () => {
    expect(movedItems(['a', 'x', 'b'], ['a', 'b', 'y'])).toEqual(new Set());
  });

  it('reports a minimal set for a reversal', () => {
    expect(movedItems(['a', 'b', 'c'], ['c', 'b', 'a']).size).toBe(2);
  });
});

describe('sameOrder', () => {
  it('compares sequences', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});
