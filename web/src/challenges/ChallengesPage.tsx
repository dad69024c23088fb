import { ContestsSection } from './ContestsSection.js';
import { ShowcasesSection } from './ShowcasesSection.js';

/** Challenges: monthly challenges and showcases: submissions, votes and winners. Each section loads its own data. */
export function ChallengesPage() {
  return (
    <div className="page page-wide challenges-page" data-testid="challenges-page">
      <header className="page-header">
        <div>
          <h1>Challenges</h1>
          <p className="page-subtitle">Monthly challenges and showcases: submissions, votes and winners</p>
        </div>
      </header>
      <ContestsSection />
      <ShowcasesSection />
    </div>
  );
}
