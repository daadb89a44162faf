import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { avenantYears, draftAvenant, signAvenant } from '../../../../shared/dossier/avenants';
import { avenantNumber } from '../../../../shared/dossier/commitment';
import { avenantProblems } from '../../../../shared/dossier/consistency';
import type { Avenant, Dossier } from '../../../../shared/dossier/dossier-schema';
import { isContractSigned } from '../../../../shared/dossier/signed-contract';
import { signatoriesFromDossier } from '../../../../shared/dossier/signatories';
import { FORME_RULES, formeOf } from '../../../../shared/dossier/workflow-steps';
import { dateEnLettres } from '../../../../shared/format/dates';
import { formatEuros } from '../../../../shared/format/money';
import { CommitmentTable } from '../CommitmentTable';
import { ProblemsAlert } from '../ProblemsAlert';
import { FieldSet, type FieldSpec } from '../fields/FieldSet';
import { DeleteButton, InsertButton } from '../fields/ListButtons';
import { saveEdits, saveVersion } from '../save-dossier';
import { routeHref } from '../../state/route-store';

const today = () => new Date().toISOString().slice(0, 10);

function Payments({ dossier }: { dossier: Dossier }) {
  const { contrat } = dossier;
  const lastYear = contrat.versements.at(-1)?.annee ?? contrat.anneeDebut ?? new Date().getFullYear();
  return (
    <>
      <h2 className="fr-h5">Versements effectués</h2>
      {contrat.versements.map((versement, i) => {
        const base = ['contrat', 'versements', i];
        const fields: FieldSpec[] = [
          { path: [...base, 'annee'], label: `Année (versement ${i + 1})`, kind: 'integer' },
          {
            path: [...base, 'nature'],
            label: `Nature (versement ${i + 1})`,
            options: [
              { value: 'avance', label: 'Avance' },
              { value: 'solde', label: 'Solde' },
            ],
          },
          { path: [...base, 'dateVersement'], label: `Date du versement ${i + 1}`, kind: 'date' },
          {
            path: [...base, 'montantVerse'],
            label: `Montant versé (versement ${i + 1})`,
            kind: 'amount',
            nullable: true,
          },
          { path: [...base, 'ej'], label: `Engagement juridique Chorus (versement ${i + 1})`, hint: 'Facultatif' },
        ];
        return (
          <FieldSet
            key={versement.id}
            dossier={dossier}
            legend={`Versement ${i + 1} — ${versement.nature === 'avance' ? 'avance' : 'solde'} ${versement.annee}`}
            fields={fields}
          >
            <DeleteButton
              dossier={dossier}
              path={['contrat', 'versements']}
              index={i}
              summary={`Supprimer le versement ${i + 1}`}
            >
              {`Supprimer le versement ${i + 1}`}
            </DeleteButton>
          </FieldSet>
        );
      })}
      <InsertButton
        dossier={dossier}
        path={['contrat', 'versements']}
        value={{
          id: `versement-${crypto.randomUUID().slice(0, 8)}`,
          annee: lastYear,
          nature: 'avance',
          dateVersement: today(),
          montantVerse: null,
          ej: '',
        }}
        summary={`Versement ${lastYear} ajouté`}
      >
        Enregistrer un versement
      </InsertButton>
    </>
  );
}

function AvenantSection({ dossier, avenant, index }: { dossier: Dossier; avenant: Avenant; index: number }) {
  const [reasons, setReasons] = useState<string[]>([]);
  const numero = avenantNumber(dossier, avenant);
  const base = ['contrat', 'avenants', index];
  const title = (actionId: string) => dossier.actions.find((a) => a.id === actionId)?.intitule ?? actionId;
  const problems = avenantProblems(dossier, avenant, today());
  const listed = new Set(avenant.montants.map((line) => line.actionId));
  const addable = dossier.actions.filter((action) => action.statut !== 'ecartee' && !listed.has(action.id));
  if (avenant.statut === 'signe') {
    return (
      <section className="fr-mb-4w" aria-labelledby={`avenant-${avenant.id}`}>
        <h3 id={`avenant-${avenant.id}`} className="fr-h6">
          Avenant n° {numero} — {avenant.annee} (signé le {dateEnLettres(avenant.date)}
          {avenant.lieu ? ` à ${avenant.lieu}` : ''})
        </h3>
        <ul>
          {avenant.montants.map((line) => (
            <li key={line.actionId}>
              {title(line.actionId)} : {line.montant ? formatEuros(line.montant) : 'retirée'}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <FieldSet
      dossier={dossier}
      legend={`Projet d’avenant n° ${numero} — ${avenant.annee}`}
      fields={[
        { path: [...base, 'lieu'], label: `Lieu de signature (avenant ${avenant.annee})` },
        { path: [...base, 'date'], label: `Date de signature (avenant ${avenant.annee})`, kind: 'date' },
        {
          path: [...base, 'deliberation', 'numero'],
          label: `Délibération autorisant l’avenant ${avenant.annee} : numéro`,
        },
        {
          path: [...base, 'deliberation', 'date'],
          label: `Délibération autorisant l’avenant ${avenant.annee} : date`,
          kind: 'date',
        },
        ...avenant.montants.map((line, m): FieldSpec => ({
          path: [...base, 'montants', m, 'montant'],
          label: `${title(line.actionId)} : montant ${avenant.annee}`,
          hint: 'En euros ; 0 retire l’action pour cette année',
          kind: 'amount',
        })),
      ]}
    >
      {problems.length > 0 && (
        <div className="fr-mb-2w">
          <Alert
            severity="warning"
            small
            description={
              <ul>
                {problems.map((problem) => (
                  <li key={problem.code + problem.path}>{problem.message}</li>
                ))}
              </ul>
            }
          />
        </div>
      )}
      {reasons.length > 0 && (
        <div className="fr-mb-2w">
          <Alert
            severity="error"
            title="Signature refusée"
            description={
              <ul>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            }
          />
        </div>
      )}
      {addable.length > 0 && (
        <div className="ctai-grid">
          <Select
            label={`Ajouter une action à l’avenant ${avenant.annee}`}
            hint="Une action que le contrat ne retient pas pour cette année"
            nativeSelectProps={{
              value: '',
              onChange: (event) => {
                const actionId = event.target.value;
                if (!actionId) return;
                void saveEdits(
                  dossier,
                  [
                    {
                      op: 'insert',
                      path: [...base, 'montants'],
                      index: avenant.montants.length,
                      value: { actionId, montant: 0 },
                    },
                  ],
                  `Action ajoutée à l’avenant ${avenant.annee}`,
                );
              },
            }}
          >
            <option value="">Choisissez une action</option>
            {addable.map((action) => (
              <option key={action.id} value={action.id}>
                {action.intitule}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <Button
          size="small"
          onClick={() => {
            const result = signAvenant(dossier, avenant.id, today());
            if (!result.ok) return setReasons(result.reasons);
            setReasons([]);
            void saveVersion(
              dossier,
              result.dossier,
              `Signature de l’avenant n° ${result.avenant.numero} (${avenant.annee})`,
            );
          }}
        >
          {`Enregistrer la signature de l’avenant ${avenant.annee}`}
        </Button>
        <DeleteButton
          dossier={dossier}
          path={['contrat', 'avenants']}
          index={index}
          summary={`Supprimer le projet d’avenant ${avenant.annee}`}
        >
          {`Supprimer le projet d’avenant ${avenant.annee}`}
        </DeleteButton>
      </div>
    </FieldSet>
  );
}

function Avenants({ dossier }: { dossier: Dossier }) {
  const years = avenantYears(dossier);
  const signedYears = new Set(dossier.contrat.avenants.filter((a) => a.statut === 'signe').map((a) => a.annee));
  const [year, setYear] = useState<number | null>(years.find((y) => !signedYears.has(y)) ?? years[0] ?? null);
  const [reasons, setReasons] = useState<string[]>([]);
  const signed = isContractSigned(dossier);
  return (
    <section aria-labelledby="avenants" className="fr-mb-4w">
      <h2 id="avenants" className="fr-h5">
        Avenants financiers
      </h2>
      {!signed ? (
        <p>
          Les avenants se préparent une fois le contrat signé ; d’ici là, ses montants se modifient dans l’onglet
          Actions.
        </p>
      ) : years.length === 0 ? (
        <p>
          Le contrat ne dure qu’une année, dont le montant est fixé par le contrat lui-même : aucun avenant à préparer.
        </p>
      ) : (
        <div className="ctai-grid">
          <Select
            label="Année de l’avenant"
            nativeSelectProps={{ value: year ?? '', onChange: (event) => setYear(Number(event.target.value)) }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
          <div>
            <Button
              priority="secondary"
              disabled={year === null}
              onClick={() => {
                if (year === null) return;
                const result = draftAvenant(dossier, year, `avenant-${crypto.randomUUID().slice(0, 8)}`);
                if (!result.ok) return setReasons(result.reasons);
                setReasons([]);
                void saveEdits(
                  dossier,
                  [
                    {
                      op: 'insert',
                      path: ['contrat', 'avenants'],
                      index: dossier.contrat.avenants.length,
                      value: result.avenant,
                    },
                  ],
                  `Préparation d’un avenant ${year}`,
                );
              }}
            >
              Préparer un avenant
            </Button>
          </div>
        </div>
      )}
      {reasons.length > 0 && <Alert severity="error" small description={reasons.join(' ')} />}
      {dossier.contrat.avenants.map((avenant, i) => (
        <AvenantSection key={avenant.id} dossier={dossier} avenant={avenant} index={i} />
      ))}
    </section>
  );
}

export function ContratTab({ dossier }: { dossier: Dossier }) {
  const { contrat } = dossier;
  // A projet territorial's act is its convention attributive de subvention, for one year.
  const ptai = formeOf(dossier) === 'ptai';
  const { acte } = FORME_RULES[formeOf(dossier)];
  return (
    <>
      <FieldSet
        dossier={dossier}
        legend={ptai ? 'Convention attributive de subvention' : 'Contrat'}
        fields={[
          { path: ['contrat', 'numero'], label: `Numéro ${acte.du}` },
          {
            path: ['contrat', 'anneeDebut'],
            label: ptai ? 'Année de la convention' : 'Première année du contrat',
            kind: 'integer',
            nullable: true,
          },
          { path: ['contrat', 'duree'], label: `Durée ${acte.du} (années)`, kind: 'integer', nullable: true },
          {
            path: ['contrat', 'tauxAvance'],
            label: 'Part versée en avance (%)',
            hint: ptai
              ? 'À la signature de la convention ; le solde à réception du bilan et du compte rendu financier'
              : 'À la signature du contrat ou de l’avenant de l’année ; le solde à réception du bilan',
            kind: 'integer',
          },
          { path: ['contrat', 'clausesParticulieres'], label: 'Clauses particulières', kind: 'longtext' },
        ]}
      />
      <ProblemsAlert
        dossier={dossier}
        tabs={['contrat']}
        title="Points à vérifier dans le contrat"
        without={(code) => code.startsWith('amendment-')}
      />
      <CommitmentTable dossier={dossier} />
      <Payments dossier={dossier} />
      <FieldSet
        dossier={dossier}
        legend="Signature"
        fields={[
          { path: ['contrat', 'signature', 'lieu'], label: 'Lieu de signature' },
          { path: ['contrat', 'signature', 'date'], label: 'Date de signature', kind: 'date' },
          ...contrat.signature.signataires.flatMap((signataire, i): FieldSpec[] => [
            {
              path: ['contrat', 'signature', 'signataires', i, 'nom'],
              label: `Signataire ${i + 1} (${signataire.partie === 'etat' ? 'État' : 'collectivité'}) : nom`,
            },
            { path: ['contrat', 'signature', 'signataires', i, 'qualite'], label: `Signataire ${i + 1} : qualité` },
          ]),
        ]}
      >
        {contrat.signature.signataires.length === 0 && (
          <Button
            priority="secondary"
            size="small"
            onClick={() =>
              void saveEdits(
                dossier,
                [{ op: 'set', path: ['contrat', 'signature', 'signataires'], value: signatoriesFromDossier(dossier) }],
                'Signataires repris du dossier',
              )
            }
          >
            Reprendre les signataires du dossier
          </Button>
        )}
      </FieldSet>
      {!ptai && <Avenants dossier={dossier} />}
      <p>
        Les bilans annuels et les comités de pilotage se saisissent dans l’onglet{' '}
        <a href={routeHref({ screen: 'dossier', id: dossier.id, tab: 'suivi' })}>Suivi</a>.
      </p>
    </>
  );
}
