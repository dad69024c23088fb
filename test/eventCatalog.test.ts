import { describe, expect, it } from 'vitest';
import { moduleList } from '../src/modules/moduleList.js';
import { defineEvents } from '../src/core/defineEvents.js';
import { PLATFORM_EVENT_TYPES, SHARED_EVENT_TYPES } from '../src/core/DomainEvent.js';
import { EventCatalog } from '../src/core/EventCatalog.js';

const names = {
  user: (id: string | null) => `@${id ?? '?'}`,
  channel: (id: string | null) => `#${id ?? '?'}`,
  role: () => null,
};

describe('EventCatalog', () => {
  const catalog = new EventCatalog(moduleList);

  it('lists the platform, shared and every module event type, each with its owner', () => {
    for (const type of PLATFORM_EVENT_TYPES) expect(catalog.ownerOf(type)).toBe('platform');
    for (const type of SHARED_EVENT_TYPES) expect(catalog.ownerOf(type)).toBe('shared');
    for (const module of moduleList) {
      for (const type of Object.keys(module.events ?? {})) {
        expect(type.startsWith(`${module.id}.`)).toBe(true);
        expect(catalog.ownerOf(type)).toBe(module.id);
      }
    }
    expect(catalog.ownerOf('onboarding.member_welcomed')).toBe('onboarding');
    expect(new Set(catalog.types).size).toBe(catalog.types.length);
  });

  it("summarizes with the owner's wording and falls back to the type for unknown or broken rows", () => {
    expect(catalog.summarize('member.left', JSON.stringify({ userId: '1', username: 'ada' }), names)).toBe('@1 left');
    expect(
      catalog.summarize(
        'onboarding.member_welcomed',
        JSON.stringify({ userId: '1', channelId: '2', roleId: null }),
        names,
      ),
    ).toBe('@1 was welcomed in #2');
    expect(catalog.summarize('gone.module_event', '{}', names)).toBe('gone.module_event');
    expect(catalog.summarize('member.left', 'not json', names)).toBe('member.left');
  });

  it('refuses two owners of one type, and a module event outside its namespace', () => {
    const twice = { id: 'onboarding', events: moduleList.find((m) => m.id === 'onboarding')?.events ?? {} };
    expect(() => new EventCatalog([...moduleList, twice])).toThrow(
      'event type onboarding.member_welcomed is declared by onboarding and onboarding',
    );
    // @ts-expect-error -- the onboarding namespace has no such type
    expect(() => defineEvents('onboarding', { 'other.thing': { summary: () => '' } })).toThrow(
      'event type "other.thing" of onboarding must start with "onboarding."',
    );
  });
});
