import type { ChannelSnapshot, ChannelSpec, ForumTag } from '../../platform/Platform.js';
import type { DesiredChannel } from './DesiredServer.js';
import type { FieldChange } from './Plan.js';
import { quoted } from './planLabels.js';

/** A changed field of a channel, and how to write it. */
interface ChannelField {
  field: string;
  /** The kinds the field belongs to. */
  kinds: readonly DesiredChannel['kind'][];
  wanted(c: DesiredChannel): string;
  current(c: ChannelSnapshot): string;
  write(c: DesiredChannel, live: ChannelSnapshot | null): Partial<ChannelSpec>;
}

const TEXTY = ['text', 'announcement', 'forum'] as const;

/** Discord sends an empty topic as "" or null; both mean none. */
function topicOf(topic: string | null): string | null {
  return topic === null || topic === '' ? null : topic;
}

function tagsText(tags: readonly ForumTag[]): string {
  if (tags.length === 0) return '(none)';
  return tags
    .map((t) => `${t.emoji === null ? '' : `${t.emoji} `}${t.name}${t.moderated ? ' (moderated)' : ''}`)
    .join(', ');
}

/** Keeps the id of a live tag of the same name, so posts keep their tags. */
function tagsToWrite(wanted: readonly ForumTag[], live: ChannelSnapshot | null): ForumTag[] {
  return wanted.map((tag) => {
    const id = live?.availableTags.find((t) => t.name === tag.name)?.id;
    return id === undefined ? { ...tag } : { ...tag, id };
  });
}

const FIELDS: readonly ChannelField[] = [
  {
    field: 'topic',
    kinds: [...TEXTY, 'stage'],
    wanted: (c) => quoted(topicOf(c.fields.topic)),
    current: (c) => quoted(topicOf(c.topic)),
    write: (c) => ({ topic: topicOf(c.fields.topic) }),
  },
  {
    field: 'slowmode',
    kinds: TEXTY,
    wanted: (c) => String(c.fields.rateLimitPerUser),
    current: (c) => String(c.rateLimitPerUser),
    write: (c) => ({ rateLimitPerUser: c.fields.rateLimitPerUser }),
  },
  {
    field: 'nsfw',
    kinds: TEXTY,
    wanted: (c) => String(c.fields.nsfw),
    current: (c) => String(c.nsfw),
    write: (c) => ({ nsfw: c.fields.nsfw }),
  },
  {
    field: 'tags',
    kinds: ['forum'],
    wanted: (c) => tagsText(c.fields.tags),
    current: (c) => tagsText(c.availableTags),
    write: (c, live) => ({ availableTags: tagsToWrite(c.fields.tags, live) }),
  },
  {
    field: 'defaultSort',
    kinds: ['forum'],
    wanted: (c) => c.fields.defaultSortOrder ?? '(none)',
    current: (c) => c.defaultSortOrder ?? '(none)',
    write: (c) => ({ defaultSortOrder: c.fields.defaultSortOrder }),
  },
  {
    field: 'userLimit',
    kinds: ['voice', 'stage'],
    wanted: (c) => String(c.fields.userLimit),
    current: (c) => String(c.userLimit),
    write: (c) => ({ userLimit: c.fields.userLimit }),
  },
  {
    field: 'bitrate',
    kinds: ['voice', 'stage'],
    wanted: (c) => String(c.fields.bitrate),
    current: (c) => String(c.bitrate),
    write: (c) => ({ bitrate: c.fields.bitrate }),
  },
];

/**
 * The fields of a live channel that differ from the declared one (name, text ↔ announcement,
 * and the fields of its kind), with the patch that makes them equal.
 * @param wanted - the declared channel
 * @param live - the live channel it was matched with
 */
export function channelChanges(
  wanted: DesiredChannel,
  live: ChannelSnapshot,
): { fields: FieldChange[]; patch: Partial<ChannelSpec> } {
  const fields: FieldChange[] = [];
  let patch: Partial<ChannelSpec> = {};
  if (live.name !== wanted.name) {
    fields.push({ field: 'name', from: JSON.stringify(live.name), to: JSON.stringify(wanted.name) });
    patch.name = wanted.name;
  }
  if (live.kind !== wanted.kind) {
    fields.push({ field: 'type', from: live.kind, to: wanted.kind });
    patch.kind = wanted.kind;
  }
  for (const f of FIELDS) {
    if (!f.kinds.includes(wanted.kind)) continue;
    const from = f.current(live);
    const to = f.wanted(wanted);
    if (from === to) continue;
    fields.push({ field: f.field, from, to });
    patch = { ...patch, ...f.write(wanted, live) };
  }
  return { fields, patch };
}

/**
 * The spec to create a declared channel with (parent and overwrites are added at apply time),
 * and the fields to show for it.
 * @param wanted - the declared channel
 */
export function channelCreation(wanted: DesiredChannel): { fields: FieldChange[]; spec: ChannelSpec } {
  let spec: ChannelSpec = { name: wanted.name, kind: wanted.kind };
  const fields: FieldChange[] = [];
  for (const f of FIELDS) {
    if (!f.kinds.includes(wanted.kind)) continue;
    spec = { ...spec, ...f.write(wanted, null) };
    const to = f.wanted(wanted);
    if (!['(none)', '0', 'false'].includes(to)) fields.push({ field: f.field, from: '', to });
  }
  return { fields, spec };
}
