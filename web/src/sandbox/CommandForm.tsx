import { useState, type SyntheticEvent } from 'react';
import type {
  ChannelSnapshot,
  CommandRun,
  RoleSnapshot,
  SandboxMember,
  SlashCommandDefinition,
  SlashCommandValueOption,
} from '../api/sandboxApi.js';
import { buildCommandRun, subcommandsOf, valueOptionsOf } from './commandRun.js';

/** Props of {@link CommandForm}. */
export interface CommandFormProps {
  /** The registered slash commands, as the modules defined them. */
  commands: readonly SlashCommandDefinition[];
  members: readonly SandboxMember[];
  channels: readonly ChannelSnapshot[];
  roles: readonly RoleSnapshot[];
  /** Who runs it, for the button's title; null when nobody is picked. */
  memberName: string | null;
  busy: boolean;
  /** Runs the command as the member (never rejects); resolves whether it ran. */
  onRun: (run: CommandRun, label: string) => Promise<boolean>;
  onClose: () => void;
}

const PICKABLE_CHANNELS = new Set(['text', 'announcement', 'forum', 'voice', 'stage', 'category']);

/**
 * Every registered slash command with a form for its options, as Discord's command picker
 * offers them: pick the command (and its subcommand), fill in each option with the input its
 * type calls for (text, whole number, number, true/false, a member, a channel, a role, or one
 * of its choices), required ones marked, and run it as the member you act as.
 */
export function CommandForm({
  commands,
  members,
  channels,
  roles,
  memberName,
  busy,
  onRun,
  onClose,
}: CommandFormProps) {
  const sorted = [...commands].sort((a, b) => a.name.localeCompare(b.name));
  const [name, setName] = useState(() => sorted.find((c) => c.name === 'rank')?.name ?? sorted[0]?.name ?? '');
  const [subcommand, setSubcommand] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const command = sorted.find((c) => c.name === name) ?? null;
  const subcommands = command === null ? [] : subcommandsOf(command);
  const chosenSub = subcommands.length === 0 ? null : (subcommand ?? subcommands[0]?.name ?? null);
  const options = command === null ? [] : valueOptionsOf(command, chosenSub);

  const describe = (option: SlashCommandValueOption, value: string): string => {
    if (option.type === 'user') {
      const m = members.find((x) => x.userId === value);
      return m === undefined ? value : `@${m.displayName || m.username}`;
    }
    if (option.type === 'channel') return `#${channels.find((c) => c.id === value)?.name ?? value}`;
    if (option.type === 'role') return `@${roles.find((r) => r.id === value)?.name ?? value}`;
    return option.choices?.find((c) => String(c.value) === value)?.name ?? value;
  };

  async function submit(event: SyntheticEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (command === null) return;
    const built = buildCommandRun(command, chosenSub, fields, describe);
    if (!built.ok) {
      setError(built.error);
      return;
    }
    setError(null);
    // Like Discord's picker, the form closes once the command ran; the answer shows above.
    if (await onRun(built.run, built.label)) onClose();
  }

  const choose = (next: string): void => {
    setName(next);
    setSubcommand(null);
    setFields({});
    setError(null);
  };

  return (
    <form
      className="command-form"
      data-testid="command-form"
      data-command={name}
      // onRun never rejects, so submit() cannot reject either.
      onSubmit={(event) => void submit(event)}
    >
      <div className="command-form-header">
        <label className="command-form-pick">
          <span className="command-slash">/</span>
          <select
            value={name}
            onChange={(event) => choose(event.target.value)}
            aria-label="Slash command"
            data-testid="command-select"
          >
            {sorted.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {subcommands.length > 0 && (
          <select
            value={chosenSub ?? ''}
            onChange={(event) => {
              setSubcommand(event.target.value);
              setFields({});
              setError(null);
            }}
            aria-label="Subcommand"
            data-testid="subcommand-select"
          >
            {subcommands.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        )}
        <span className="muted small command-description">
          {subcommands.find((s) => s.name === chosenSub)?.description ?? command?.description}
        </span>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
      {options.length > 0 && (
        <div className="command-options">
          {options.map((option) => (
            <label key={option.name} className="command-option" data-testid="command-option" data-name={option.name}>
              <span className="command-option-name">
                {option.name}
                {option.required === true && (
                  <span className="required" title="required">
                    *
                  </span>
                )}
                <span className="muted small"> {option.type}</span>
              </span>
              <OptionInput
                option={option}
                value={fields[option.name] ?? ''}
                onChange={(value) => setFields((current) => ({ ...current, [option.name]: value }))}
                members={members}
                channels={channels}
                roles={roles}
              />
              <span className="muted small">{option.description}</span>
            </label>
          ))}
        </div>
      )}
      {error !== null && (
        <div className="command-form-error" role="alert" data-testid="command-form-error">
          {error}
        </div>
      )}
      <div className="command-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || memberName === null || command === null}
          title={memberName === null ? 'Pick a member to run it as them' : `Run it as ${memberName}`}
          data-testid="command-run"
        >
          Run /{[name, chosenSub].filter((p) => p !== null).join(' ')}
          {memberName === null ? '' : ` as ${memberName}`}
        </button>
      </div>
    </form>
  );
}

interface OptionInputProps {
  option: SlashCommandValueOption;
  value: string;
  onChange: (value: string) => void;
  members: readonly SandboxMember[];
  channels: readonly ChannelSnapshot[];
  roles: readonly RoleSnapshot[];
}

/** The input an option's type calls for. */
function OptionInput({ option, value, onChange, members, channels, roles }: OptionInputProps) {
  const common = {
    value,
    required: option.required === true,
    'aria-label': option.name,
    'data-testid': 'command-option-input',
  };
  const pick = (items: readonly { value: string; label: string }[]) => (
    <select {...common} onChange={(event) => onChange(event.target.value)}>
      <option value="">{option.required === true ? 'Choose…' : '(none)'}</option>
      {items.map((item) => (
        <option key={item.value} value={item.value}>
          {item.label}
        </option>
      ))}
    </select>
  );
  if (option.choices !== undefined && option.choices.length > 0) {
    return pick(option.choices.map((c) => ({ value: String(c.value), label: c.name })));
  }
  switch (option.type) {
    case 'boolean':
      return pick([
        { value: 'true', label: 'True' },
        { value: 'false', label: 'False' },
      ]);
    case 'user':
      return pick(
        members.map((m) => ({
          value: m.userId,
          label: `${m.displayName || m.username} (@${m.username})${m.bot ? ' · bot' : ''}`,
        })),
      );
    case 'channel':
      return pick(
        channels
          .filter((c) => PICKABLE_CHANNELS.has(c.kind))
          .map((c) => ({ value: c.id, label: c.kind === 'category' ? c.name : `#${c.name}` })),
      );
    case 'role':
      return pick(roles.filter((r) => r.position > 0).map((r) => ({ value: r.id, label: `@${r.name}` })));
    case 'integer':
    case 'number':
      return (
        <input
          {...common}
          type="number"
          step={option.type === 'integer' ? 1 : 'any'}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'string':
      return <input {...common} type="text" maxLength={6000} onChange={(event) => onChange(event.target.value)} />;
  }
}
