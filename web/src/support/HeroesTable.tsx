import { Link } from 'react-router';
import type { SupportHeroes } from './supportApi.js';

/** Props of {@link HeroesTable}. */
export interface HeroesTableProps {
  heroes: SupportHeroes['heroes'];
}

/** The support heroes: members by solutions written, then first answers given. */
export function HeroesTable({ heroes }: HeroesTableProps) {
  if (heroes.length === 0) {
    return (
      <p className="empty" data-testid="support-heroes-empty">
        Nobody has answered a question in this range yet.
      </p>
    );
  }
  return (
    <div className="channel-scroll">
      <table className="channel-table" data-testid="support-heroes">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Member</th>
            <th scope="col" className="num">
              Solutions
            </th>
            <th scope="col" className="num">
              First answers
            </th>
          </tr>
        </thead>
        <tbody>
          {heroes.map((hero, i) => (
            <tr key={hero.userId} data-testid="support-hero">
              <td className="num">{i + 1}</td>
              <th scope="row">
                <Link to={`/members/${hero.userId}`}>{hero.name}</Link>
                {hero.staff && <span className="support-tag support-tag-staff">staff</span>}
              </th>
              <td className="num">{hero.solutions}</td>
              <td className="num">{hero.firstAnswers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
