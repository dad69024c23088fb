import { LibrarySection } from './LibrarySection.js';
import { QuizzesSection } from './QuizzesSection.js';

/** Tutorials: the tutorial library, its ratings and completions, and quizzes. Each section loads its own data. */
export function TutorialsPage() {
  return (
    <div className="page page-wide tutorials-page" data-testid="tutorials-page">
      <header className="page-header">
        <div>
          <h1>Tutorials</h1>
          <p className="page-subtitle">The tutorial library, its ratings and completions, and quizzes</p>
        </div>
      </header>
      <LibrarySection />
      <QuizzesSection />
    </div>
  );
}
