import type { Embed } from '../api/sandboxApi.js';
import { MessageContent } from './MessageContent.js';
import type { SandboxNames } from './SandboxNames.js';

/** Props of {@link EmbedView}. */
export interface EmbedViewProps {
  embed: Embed;
  names: SandboxNames;
}

/** A Discord-style embed card: coloured edge, title, description, fields, footer. */
export function EmbedView({ embed, names }: EmbedViewProps) {
  const color = embed.color === undefined ? '#5865f2' : `#${embed.color.toString(16).padStart(6, '0')}`;
  return (
    <div className="embed" style={{ borderLeftColor: color }}>
      {embed.title !== undefined && <div className="embed-title">{embed.title}</div>}
      {embed.description !== undefined && (
        <div className="embed-description">
          <MessageContent content={embed.description} names={names} />
        </div>
      )}
      {embed.fields !== undefined && embed.fields.length > 0 && (
        <div className="embed-fields">
          {embed.fields.map((field, i) => (
            <div key={i} className={field.inline === true ? 'embed-field embed-field-inline' : 'embed-field'}>
              <div className="embed-field-name">{field.name}</div>
              <div className="embed-field-value">
                <MessageContent content={field.value} names={names} />
              </div>
            </div>
          ))}
        </div>
      )}
      {embed.footer !== undefined && <div className="embed-footer">{embed.footer}</div>}
    </div>
  );
}
