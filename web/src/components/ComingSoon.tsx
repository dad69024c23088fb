/** Props of {@link ComingSoon}. */
export interface ComingSoonProps {
  title: string;
  /** What the page will hold, one sentence. */
  description: string;
  testId: string;
}

/** A page that is not built yet: its title and what it will show. */
export function ComingSoon({ title, description, testId }: ComingSoonProps) {
  return (
    <div className="page" data-testid={testId}>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="page-subtitle">{description}</p>
        </div>
      </header>
      <p className="coming-soon">This page is coming soon.</p>
    </div>
  );
}
