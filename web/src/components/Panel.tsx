import type { ReactNode } from 'react';

/** Props of {@link Panel}. */
export interface PanelProps {
  title: string;
  /** Small text or control at the right of the title. */
  aside?: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** A titled card that groups one piece of the page. */
export function Panel({ title, aside, className, testId, children }: PanelProps) {
  return (
    <section className={`panel ${className ?? ''}`} data-testid={testId}>
      <header className="panel-header">
        <h2>{title}</h2>
        {aside !== undefined && <div className="panel-aside">{aside}</div>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
