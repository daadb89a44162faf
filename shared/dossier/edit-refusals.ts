// The consistency problems (consistency.ts) a change typed by the agent may not bring in: such a
// value is refused as it is typed, its sentence under the field, rather than saved and listed in
// Financement. Problems already there (brought by a merge of two sites' changes, or by an earlier
// version of the app) stay listed where they are, to be fixed: refusing every later change of
// the dossier for them would block the agent.
import { dossierProblems, type ProblemCode } from './consistency';
import type { Dossier } from './dossier-schema';
import { parsePath } from './field-path';
import type { ValidationProblem } from './validation';

/**
 * The slips never meant: a second budget for a year the action has, a délibération or an arrêté
 * de délégation dated after today (acts already taken), an avenant's number given twice.
 */
const REFUSED_AS_TYPED: ReadonlySet<ProblemCode> = new Set([
  'budget-year-duplicate',
  'deliberation-date-future',
  'delegation-date-future',
  'amendment-duplicate-number',
]);

/**
 * The problems of REFUSED_AS_TYPED that `after` has and `before` had not, each at its field's
 * path with consistency.ts's French sentence. `today`: ISO date the dates are judged on.
 */
export function problemsBroughtIn(before: Dossier, after: Dossier, today: string): ValidationProblem[] {
  const refused = (dossier: Dossier) =>
    dossierProblems(dossier, today).filter((problem) => REFUSED_AS_TYPED.has(problem.code));
  const had = new Set(refused(before).map((problem) => `${problem.code} ${problem.message}`));
  return refused(after)
    .filter((problem) => !had.has(`${problem.code} ${problem.message}`))
    .map((problem) => ({ path: parsePath(problem.path), message: problem.message }));
}
