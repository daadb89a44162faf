// The finance laws a contract or avenant cites for its budget year, by number and date
// (Journal officiel; Légifrance). A law promulgated after the signature cannot be its basis:
// a January signature before a late finance law rests on the year's loi spéciale, when there was
// one. Add each year's law here when it is promulgated; until then the préfecture enters it in
// Paramètres (« Références des visas »), which takes precedence over this table for its year.
import { dateEnLettres } from '../format/dates';

/**
 * A year's loi de finances, or the loi spéciale voted when it could not be promulgated before the
 * year began (article 45 of the loi organique n° 2001-692 du 1er août 2001, LOLF), on which acts
 * signed before the finance law rest.
 */
export type FinanceLawNature = 'finances' | 'speciale';

export interface FinanceLaw {
  /** Budget year the law opens credits for. */
  annee: number;
  nature: FinanceLawNature;
  numero: string;
  /** ISO date of promulgation. */
  date: string;
  /** What follows « la loi n° … du … ». */
  objet: string;
}

export const FINANCE_LAWS: readonly FinanceLaw[] = [
  { annee: 2019, nature: 'finances', numero: '2018-1317', date: '2018-12-28', objet: 'de finances pour 2019' },
  { annee: 2020, nature: 'finances', numero: '2019-1479', date: '2019-12-28', objet: 'de finances pour 2020' },
  { annee: 2021, nature: 'finances', numero: '2020-1721', date: '2020-12-29', objet: 'de finances pour 2021' },
  { annee: 2022, nature: 'finances', numero: '2021-1900', date: '2021-12-30', objet: 'de finances pour 2022' },
  { annee: 2023, nature: 'finances', numero: '2022-1726', date: '2022-12-30', objet: 'de finances pour 2023' },
  { annee: 2024, nature: 'finances', numero: '2023-1322', date: '2023-12-29', objet: 'de finances pour 2024' },
  { annee: 2025, nature: 'speciale', numero: '2024-1188', date: '2024-12-20', objet: lawObjet('speciale', 2025) },
  { annee: 2025, nature: 'finances', numero: '2025-127', date: '2025-02-14', objet: 'de finances pour 2025' },
];

/** What follows « la loi n° … du … » for a law of this nature opening the credits of `annee`. */
export function lawObjet(nature: FinanceLawNature, annee: number): string {
  return nature === 'speciale'
    ? 'spéciale prévue par l’article 45 de la loi organique du 1er août 2001 relative aux lois de finances'
    : `de finances pour ${annee}`;
}

/** The settings (Paramètres) a document reads, beside the articles' texts, by key. */
export type DocumentSettings = Readonly<Record<string, string>>;

/** Where the law of `annee` of this nature is kept in the settings: its number and its ISO date. */
export function financeLawKey(annee: number, part: 'numero' | 'date', nature: FinanceLawNature = 'finances'): string {
  return `reference.${nature === 'speciale' ? 'loiSpeciale' : 'loiDeFinances'}.${annee}.${part}`;
}

/** The path a problem about the finance law is reported under (the CLI adds its own option). */
export const FINANCE_LAW_PATH = 'parametres.loiDeFinances';

/**
 * The laws known for `annee`, by date of promulgation: for each nature (loi de finances, loi
 * spéciale), the one entered in Paramètres (number and date) when there is one — it replaces the
 * table's of that nature for that year — else the table's.
 */
export function financeLawsOf(annee: number, settings: DocumentSettings = {}): FinanceLaw[] {
  const natures: FinanceLawNature[] = ['speciale', 'finances'];
  return natures
    .flatMap((nature): FinanceLaw[] => {
      const numero = settings[financeLawKey(annee, 'numero', nature)]?.trim();
      const date = settings[financeLawKey(annee, 'date', nature)]?.trim();
      if (numero && date) return [{ annee, nature, numero, date, objet: lawObjet(nature, annee) }];
      return FINANCE_LAWS.filter((law) => law.annee === annee && law.nature === nature);
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export type FinanceLawOutcome =
  { ok: true; text: string } | { ok: false; problem: { path: string; tab: 'contrat'; message: string } };

/**
 * « la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024 »: the latest law for the
 * year `annee` (the signature's: the law in force when the act is signed) promulgated on or before `signature` (ISO date), from Paramètres or the
 * table. When none is known, or the only ones known postdate the signature, a French blocking
 * problem saying what to enter and where: the visa is never dropped, nor a later law printed.
 */
export function financeLawFor(annee: number, signature: string, settings: DocumentSettings = {}): FinanceLawOutcome {
  const laws = financeLawsOf(annee, settings);
  const law = laws.filter((l) => l.date <= signature).at(-1);
  if (law) return { ok: true, text: `la loi n° ${law.numero} du ${dateEnLettres(law.date)} ${law.objet}` };
  const where = 'dans Paramètres, rubrique « Références des visas »';
  const later = laws[0];
  const message = later
    ? `La loi de finances pour ${annee} (n° ${later.numero} du ${dateEnLettres(later.date)}) est postérieure à la signature du ${dateEnLettres(signature)} : un contrat ne peut viser une loi promulguée après lui. Saisissez ${where} la loi en vigueur à la signature (la loi spéciale, par exemple), ou corrigez la date de signature dans l’onglet Contrat.`
    : `La loi de finances pour ${annee} n’est pas connue de l’application : saisissez son numéro et sa date de promulgation ${where} (par exemple « ${annee - 1}-1234 » du « 30/12/${annee - 1} »), tels que le Journal officiel les donne, puis générez le document.`;
  return { ok: false, problem: { path: FINANCE_LAW_PATH, tab: 'contrat', message } };
}

/** The same, as text: '' when no law is known at that date. */
export function loiDeFinances(annee: number, signature: string, settings: DocumentSettings = {}): string {
  const outcome = financeLawFor(annee, signature, settings);
  return outcome.ok ? outcome.text : '';
}
