// The references the contract's visas cite that change with the years: the finance law of each
// budget year (number and date; the app's table as default) and the national instruction (date,
// NOR, object). Kept with the articles' texts (settings-repository.ts), read by every document.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState } from 'react';
import { financeLawKey, financeLawsOf, type FinanceLawNature } from '../../../shared/documents/finance-laws';
import {
  DEFAULT_INSTRUCTION,
  INSTRUCTION_DATE_KEY,
  INSTRUCTION_NOR_KEY,
  INSTRUCTION_OBJET_KEY,
  norProblem,
} from '../../../shared/documents/national-instruction';
import { dateInputProblem, FIRST_YEAR, LAST_YEAR } from '../../../shared/dossier/schema-primitives';
import { dateEnLettres } from '../../../shared/format/dates';
import { database } from '../../db/database';
import { setContractArticles } from '../../db/settings-repository';
import { toStorageError } from '../../db/storage-error';
import { widthClass } from '../dossier/fields/field-width';
import { showRefusals } from '../layout/focus-first-refused';
import { useAgentStore } from '../state/agent-store';

const LAW_NUMBER = /^\d{4}-\d{1,5}$/;

/** How each nature of law is named in this section (see FinanceLawNature). */
const NATURE_NAMES: Record<FinanceLawNature, string> = {
  finances: 'La loi de finances',
  speciale: 'La loi spéciale',
};

export function VisaReferencesSection() {
  const settings = useAgentStore((state) => state.articles) ?? {};
  const setArticles = useAgentStore((state) => state.setArticles);
  const [annee, setAnnee] = useState(String(new Date().getFullYear()));
  const year = Number(annee);
  const yearValid = /^\d{4}$/.test(annee) && year >= FIRST_YEAR && year <= LAST_YEAR;
  const [nature, setNature] = useState<FinanceLawNature>('finances');
  const [law, setLaw] = useState<{ numero?: string; date?: string }>({});
  const [instruction, setInstruction] = useState<{ date?: string; nor?: string; objet?: string }>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const sectionRef = useRef<HTMLElement>(null);

  const numero = law.numero ?? (yearValid ? (settings[financeLawKey(year, 'numero', nature)] ?? '') : '');
  const lawDate = law.date ?? (yearValid ? (settings[financeLawKey(year, 'date', nature)] ?? '') : '');
  const known = yearValid ? financeLawsOf(year, settings) : [];
  const knownText = known.length
    ? `Lois citées pour ${year}, selon la date de signature : ${known.map((l) => `loi ${l.nature === 'speciale' ? 'spéciale ' : ''}n° ${l.numero} du ${dateEnLettres(l.date)}`).join(', puis ')}.`
    : `L’application ne connaît pas de loi de finances pour ${yearValid ? year : 'cette année'} : saisissez-la pour produire les contrats et avenants de l’année.`;
  const lawName = `${NATURE_NAMES[nature]} pour ${year}`;
  const instructionDate = instruction.date ?? settings[INSTRUCTION_DATE_KEY] ?? DEFAULT_INSTRUCTION.date;
  const nor = instruction.nor ?? settings[INSTRUCTION_NOR_KEY] ?? DEFAULT_INSTRUCTION.nor;
  const objet = instruction.objet ?? settings[INSTRUCTION_OBJET_KEY] ?? DEFAULT_INSTRUCTION.objet;

  async function store(next: Record<string, string>, done: string) {
    try {
      await setContractArticles(database(), next);
      setArticles(next);
      setMessage(done);
    } catch (error) {
      setMessage(toStorageError(error).message);
    }
  }

  function saveLaw() {
    const found: Record<string, string> = {};
    if (!yearValid) found.annee = `Indiquez une année de ${FIRST_YEAR} à ${LAST_YEAR}.`;
    const cleared = !numero.trim() && !lawDate.trim();
    if (!cleared && !LAW_NUMBER.test(numero.trim()))
      found.numero = 'Indiquez le numéro de la loi tel que le Journal officiel le donne, par exemple 2025-1234.';
    const dateProblem = cleared ? null : dateInputProblem(lawDate);
    if (dateProblem) found.date = `La date de promulgation ${dateProblem}.`;
    showRefusals(sectionRef.current, () => setErrors(found));
    if (Object.keys(found).length) return;
    const next = Object.fromEntries(
      Object.entries(settings).filter(
        ([key]) => key !== financeLawKey(year, 'numero', nature) && key !== financeLawKey(year, 'date', nature),
      ),
    );
    if (!cleared)
      Object.assign(next, {
        [financeLawKey(year, 'numero', nature)]: numero.trim(),
        [financeLawKey(year, 'date', nature)]: lawDate,
      });
    setLaw({});
    void store(next, cleared ? `${lawName} reprend la valeur par défaut.` : `${lawName} est enregistrée.`);
  }

  function saveInstruction() {
    const found: Record<string, string> = {};
    const dateProblem = dateInputProblem(instructionDate);
    if (dateProblem) found.instructionDate = `La date de l’instruction ${dateProblem}.`;
    const norRefusal = nor.trim() ? norProblem(nor, dateProblem ? '' : instructionDate) : null;
    if (norRefusal) found.nor = norRefusal;
    if (!objet.trim()) found.objet = 'Indiquez l’objet de l’instruction (« relative à … »).';
    showRefusals(sectionRef.current, () => setErrors(found));
    if (Object.keys(found).length) return;
    setInstruction({});
    void store(
      {
        ...settings,
        [INSTRUCTION_DATE_KEY]: instructionDate,
        [INSTRUCTION_NOR_KEY]: nor.trim().toUpperCase(),
        [INSTRUCTION_OBJET_KEY]: objet.trim(),
      },
      'L’instruction nationale est enregistrée.',
    );
  }

  const state = (key: string) =>
    errors[key] ? { state: 'error' as const, stateRelatedMessage: errors[key] } : { state: 'default' as const };

  return (
    <section ref={sectionRef} aria-labelledby="references-titre" className="fr-mb-6w">
      <h2 id="references-titre" className="fr-h4">
        Références des visas
      </h2>
      <p>
        Les textes que les contrats et avenants visent et qui changent avec les années. Un contrat ou un avenant n’est
        pas produit tant que la loi de finances de son année n’est pas connue.
      </p>
      <h3 className="fr-h6">Loi de finances de l’année</h3>
      {/* Sized as the dossiers' fields are (field-width.ts): a year narrow, a date short. */}
      <div className="ctai-grid">
        <Input
          label="Année budgétaire"
          className={`${widthClass('xs')} ctai-field--year`}
          {...state('annee')}
          nativeInputProps={{
            inputMode: 'numeric',
            value: annee,
            onChange: (event) => {
              setAnnee(event.target.value);
              setLaw({});
            },
          }}
        />
        <Select
          label="Nature de la loi"
          className={widthClass('m')}
          hint="Une loi spéciale (article 45 de la loi organique relative aux lois de finances) fonde les actes signés avant la loi de finances de l’année, quand celle-ci est promulguée en retard."
          nativeSelectProps={{
            value: nature,
            onChange: (event) => {
              setNature(event.target.value as FinanceLawNature);
              setLaw({});
            },
          }}
        >
          <option value="finances">Loi de finances de l’année</option>
          <option value="speciale">Loi spéciale</option>
        </Select>
        <Input
          label="Numéro de la loi"
          className={widthClass('s')}
          hintText={knownText}
          {...state('numero')}
          nativeInputProps={{ value: numero, onChange: (event) => setLaw({ ...law, numero: event.target.value }) }}
        />
        <Input
          label="Date de promulgation"
          className={widthClass('s')}
          {...state('date')}
          nativeInputProps={{
            type: 'date',
            value: lawDate,
            onChange: (event) => setLaw({ ...law, date: event.target.value }),
          }}
        />
      </div>
      <Button onClick={saveLaw}>
        {nature === 'speciale' ? 'Enregistrer la loi spéciale' : 'Enregistrer la loi de finances'}
      </Button>
      <h3 className="fr-h6 fr-mt-4w">Instruction nationale</h3>
      <div className="ctai-grid">
        <Input
          label="Date de l’instruction"
          className={widthClass('s')}
          {...state('instructionDate')}
          nativeInputProps={{
            type: 'date',
            value: instructionDate,
            onChange: (event) => setInstruction({ ...instruction, date: event.target.value }),
          }}
        />
        <Input
          label="NOR de l’instruction"
          className={widthClass('s')}
          hintText="Laissé vide, le visa est imprimé sans NOR."
          {...state('nor')}
          nativeInputProps={{
            value: nor,
            onChange: (event) => setInstruction({ ...instruction, nor: event.target.value }),
          }}
        />
        <Input
          label="Objet de l’instruction"
          className={widthClass('full')}
          {...state('objet')}
          nativeInputProps={{
            value: objet,
            onChange: (event) => setInstruction({ ...instruction, objet: event.target.value }),
          }}
        />
      </div>
      <Button onClick={saveInstruction}>Enregistrer l’instruction</Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {message}
      </p>
    </section>
  );
}
