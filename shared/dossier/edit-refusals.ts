// The consistency problems (consistency.ts) a change typed by the agent may not bring in: such a
// value is refused as it is typed, its sentence under the field, rather than saved and listed in
// Financement. Problems already there (brought by a merge of two sites' changes, or by an earlier
// version of the app) stay listed where they are, to be fixed: refusing every later change of
// the dossier for them would block the agent.
import { dossierProblems, type ProblemCode } from './consistency';
import type { Dossier } from './dossier-schema';
import { parsePath } from './field-path';
import type { ValidationProblem } from './validation';
import { asMissing, fieldsWithUnprintable } from '../documents/unprintable-text';

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
 * The problems of REFUSED_AS_TYPED, and the characters no document prints (unprintable-text.ts),
 * that `after` has and `before` had not, each at its field's path with its French sentence.
 * Counted by kind, not matched by sentence: renaming an action that already had two budgets for
 * a year changes the sentence, not the count, and is let through. `today`: ISO date the dates
 * are judged on.
 */
export function problemsBroughtIn(before: Dossier, after: Dossier, today: string): ValidationProblem[] {
  const refused = (dossier: Dossier) =>
    dossierProblems(dossier, today).filter((problem) => REFUSED_AS_TYPED.has(problem.code));
  const was = refused(before);
  const now = refused(after);
  const brought: ValidationProblem[] = [];
  for (const code of REFUSED_AS_TYPED) {
    const ofCode = now.filter((problem) => problem.code === code);
    const earlier = was.filter((problem) => problem.code === code);
    if (ofCode.length <= earlier.length) continue;
    const known = new Set(earlier.map((problem) => problem.message));
    const fresh = ofCode.filter((problem) => !known.has(problem.message));
    for (const problem of fresh.length ? fresh : ofCode)
      brought.push({ path: parsePath(problem.path), message: problem.message });
  }
  // A character no document prints, new to the dossier's printed fields, whatever form it came
  // through (a field refuses it itself; the new action's form does not).
  const printedBefore = new Set(fieldsWithUnprintable(before).flatMap((field) => field.characters));
  for (const field of fieldsWithUnprintable(after)) {
    const fresh = field.characters.filter((char) => !printedBefore.has(char));
    if (fresh.length) brought.push({ path: field.path, message: asMissing(field, fresh).message });
  }
  return brought;
}
