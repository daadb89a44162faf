// Finance laws for tests that are not about them, as the préfecture enters them in Paramètres,
// for every year a test dossier uses (2019–2040; the app's table stops at 2025). Test data only:
// the numbers are made up (« 9999 ») and dated 1 October of the year before, earlier than any
// test dossier's signature, so that no test can pass for a real law.
import { financeLawKey } from '../../../shared/documents/finance-laws';

const YEARS = Array.from({ length: 22 }, (_, i) => 2019 + i);

/** The settings (Paramètres) holding a law for each year from 2019 to 2040. */
export const TEST_FINANCE_LAWS: Readonly<Record<string, string>> = Object.fromEntries(
  YEARS.flatMap((year) => [
    [financeLawKey(year, 'numero'), `${year - 1}-9999`],
    [financeLawKey(year, 'date'), `${year - 1}-10-01`],
  ]),
);
