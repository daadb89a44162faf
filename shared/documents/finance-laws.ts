// The finance laws a contract or avenant cites for its budget year, by number and date
// (Journal officiel; Légifrance). A law promulgated after the signature cannot be its basis:
// a January signature before a late finance law rests on the year's loi spéciale, when there was
// one. Add each year's law here when it is promulgated; until then (or when the préfecture
// prefers its own wording) the visa is adapted in Paramètres.
import { dateEnLettres } from '../format/dates';

interface FinanceLaw {
  /** Budget year the law opens credits for. */
  annee: number;
  numero: string;
  /** ISO date of promulgation. */
  date: string;
  /** What follows « la loi n° … du … ». */
  objet: string;
}

export const FINANCE_LAWS: readonly FinanceLaw[] = [
  { annee: 2019, numero: '2018-1317', date: '2018-12-28', objet: 'de finances pour 2019' },
  { annee: 2020, numero: '2019-1479', date: '2019-12-28', objet: 'de finances pour 2020' },
  { annee: 2021, numero: '2020-1721', date: '2020-12-29', objet: 'de finances pour 2021' },
  { annee: 2022, numero: '2021-1900', date: '2021-12-30', objet: 'de finances pour 2022' },
  { annee: 2023, numero: '2022-1726', date: '2022-12-30', objet: 'de finances pour 2023' },
  { annee: 2024, numero: '2023-1322', date: '2023-12-29', objet: 'de finances pour 2024' },
  {
    annee: 2025,
    numero: '2024-1188',
    date: '2024-12-20',
    objet: 'spéciale prévue par l’article 45 de la loi organique du 1er août 2001 relative aux lois de finances',
  },
  { annee: 2025, numero: '2025-127', date: '2025-02-14', objet: 'de finances pour 2025' },
];

/**
 * « la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024 »: the latest law for `annee`
 * promulgated on or before `signature` (ISO date); '' when none is known (the visa is then left out).
 */
export function loiDeFinances(annee: number, signature: string): string {
  const law = FINANCE_LAWS.filter((l) => l.annee === annee && l.date <= signature).at(-1);
  return law ? `la loi n° ${law.numero} du ${dateEnLettres(law.date)} ${law.objet}` : '';
}
