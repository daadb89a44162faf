// The consistency problems of the open dossier that concern one tab, shown while the agent
// types: what would be refused at generation or signature, each with its French sentence.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { dossierProblems, type ProblemCode, type ProblemTab } from '../../../shared/dossier/consistency';
import type { Dossier } from '../../../shared/dossier/dossier-schema';

export function ProblemsAlert({
  dossier,
  tabs,
  title,
  without,
}: {
  dossier: Dossier;
  tabs: ProblemTab[];
  title: string;
  /** Problems shown elsewhere on the same screen (each avenant shows its own). */
  without?: (code: ProblemCode) => boolean;
}) {
  const problems = dossierProblems(dossier, new Date().toISOString().slice(0, 10)).filter(
    (p) => tabs.includes(p.tab) && !without?.(p.code),
  );
  if (problems.length === 0) return null;
  return (
    <div className="fr-mb-3w" role="region" aria-label={title}>
      <Alert
        as="h2"
        severity="warning"
        title={title}
        description={
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.code}-${problem.path}`}>
                {problem.message}
                {problem.blocking ? '' : ' (à vérifier)'}
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
