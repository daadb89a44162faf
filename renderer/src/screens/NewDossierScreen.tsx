import { withoutInvisible } from '../../../shared/documents/text-normalization';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import {
  COLLECTIVITE_TYPES,
  COLLECTIVITE_TYPE_LABELS,
  type CollectiviteType,
} from '../../../shared/dossier/collectivite-type';
import {
  DOSSIER_STATUS_LABELS,
  FORME_LABELS,
  FORMES,
  formeOf,
  formeStepLabel,
  type Forme,
} from '../../../shared/dossier/workflow-steps';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { database } from '../../db/database';
import { dossiersOfSameCollectivite } from '../../db/dossier-removal';
import type { FieldErrors, NewDossierInput } from '../../../shared/dossier/new-dossier';
import type { ReferentielEntry } from '../../../shared/referentiel/referentiel';
import { createDossier } from '../../db/dossiers-repository';
import { toStorageError } from '../../db/storage-error';
import { CollectivitePicker, describeEntry } from '../referentiel/CollectivitePicker';
import { useAgentStore } from '../state/agent-store';
import { useFlashStore } from '../state/flash-store';
import { repositoryContext } from '../state/repository-context';
import { routeHref, useRouteStore } from '../state/route-store';
import { ScreenTitle } from './ScreenTitle';

/** The codes a dossier's summary row may hold for this collectivité (dossier-figures.ts, officialCode). */
function officialCodes(entry: ReferentielEntry): string[] {
  const codes = [entry.codeInsee, entry.siren];
  if (entry.type === 'departement') codes.push(entry.departement.code);
  if (entry.type === 'region') codes.push(entry.region.code);
  return codes.filter(Boolean);
}

export function NewDossierScreen() {
  const [nom, setNom] = useState('');
  const [type, setType] = useState('');
  const [forme, setForme] = useState<Forme>('ctai');
  const [official, setOfficial] = useState<ReferentielEntry | null>(null);
  const [errors, setErrors] = useState<FieldErrors<NewDossierInput>>({});
  const [saving, setSaving] = useState(false);
  const nomRef = useRef<HTMLInputElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);
  const showFlash = useFlashStore((state) => state.show);
  const duplicates = useLiveQuery(
    () =>
      dossiersOfSameCollectivite(database(), {
        codes: official ? officialCodes(official) : [],
        nom,
        type: (type as CollectiviteType) || '',
      }),
    [official, nom, type],
  );
  const navigate = useRouteStore((state) => state.navigate);

  function pick(entry: ReferentielEntry) {
    setOfficial(entry);
    setNom(entry.nom);
    setType(entry.type);
    setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await createDossier(
        repositoryContext(),
        { nom, type: type || undefined, forme },
        official ?? undefined,
        useAgentStore.getState().prefecture,
      );
      if (!result.ok) {
        setErrors(result.errors);
        (result.errors.nom ? nomRef : typeRef).current?.focus();
        return;
      }
      showFlash({ severity: 'success', title: `Dossier « ${result.dossier.collectivite.nom} » créé.` });
      navigate({ screen: 'dossier', id: result.dossier.id, tab: 'collectivite' });
    } catch (error) {
      showFlash({
        severity: 'error',
        title: 'Le dossier n’a pas été enregistré.',
        description: toStorageError(error).message,
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <ScreenTitle>Nouveau dossier</ScreenTitle>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="Nouveau dossier">
        <CollectivitePicker onPick={pick} />
        <p className="fr-text--sm" role="status">
          {official
            ? `Collectivité de la liste officielle : ${official.nom} (${describeEntry(official)}).`
            : 'Collectivité absente de la liste ? Saisissez son nom et son type : le dossier sera marqué « saisie libre ».'}
        </p>
        {duplicates && duplicates.length > 0 && (
          <Alert
            severity="warning"
            small
            className="fr-mb-3w"
            description={
              <>
                {duplicates.length === 1
                  ? 'Un dossier existe déjà pour cette collectivité : '
                  : 'Des dossiers existent déjà pour cette collectivité : '}
                {duplicates.map((row, i) => (
                  <span key={row.id}>
                    {i > 0 && ', '}
                    <a href={routeHref({ screen: 'dossier', id: row.id, tab: 'synthese' })}>
                      {row.nom}
                      {row.numero ? ` (dossier n° ${row.numero})` : ''}
                    </a>
                    {` — ${formeStepLabel(formeOf(row), row.etape)}${row.statut === 'actif' ? '' : `, ${DOSSIER_STATUS_LABELS[row.statut].toLowerCase()}`}`}
                  </span>
                ))}
                . Ouvrez-le plutôt que d’en créer un second, sauf s’il s’agit bien d’un nouveau projet.
              </>
            }
          />
        )}
        {/* Name and type side by side on a laptop screen (one hint line each: their inputs align). */}
        <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label="Nom de la collectivité"
              hintText="Par exemple : Grenoble, Métropole de Lyon"
              state={errors.nom ? 'error' : 'default'}
              stateRelatedMessage={errors.nom}
              nativeInputProps={{
                ref: nomRef,
                name: 'nom',
                value: nom,
                required: true,
                autoComplete: 'off',
                onChange: (event) => {
                  // Never shown reversed or hidden while typed (a pasted right-to-left override).
                  setNom(withoutInvisible(event.target.value));
                  setOfficial(null);
                },
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Type de collectivité"
              hint="Rempli seul quand la collectivité est choisie dans la liste officielle"
              state={errors.type ? 'error' : 'default'}
              stateRelatedMessage={errors.type}
              nativeSelectProps={{
                ref: typeRef,
                name: 'type',
                value: type,
                required: true,
                onChange: (event) => {
                  setType(event.target.value);
                  setOfficial(null);
                },
              }}
            >
              <option value="" disabled>
                Sélectionnez un type
              </option>
              {COLLECTIVITE_TYPES.map((value) => (
                <option key={value} value={value}>
                  {COLLECTIVITE_TYPE_LABELS[value]}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <RadioButtons
          legend="Forme du dossier"
          hintText="Un contrat (CTAI) pour un territoire qui s’engage sur plusieurs années ; un projet territorial (PTAI), plus léger, financé pour un an par une convention de subvention. La forme peut changer avant la signature."
          name="forme"
          options={FORMES.map((value) => ({
            label: FORME_LABELS[value],
            nativeInputProps: { value, checked: forme === value, onChange: () => setForme(value) },
          }))}
        />
        <Button type="submit" disabled={saving}>
          Enregistrer
        </Button>
      </form>
    </>
  );
}
