import { AXES, AXE_LABELS, COMPULSORY_AXE } from '../../../../shared/dossier/axes';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { ProblemsAlert } from '../ProblemsAlert';
import { DossierField } from '../fields/DossierField';
import { FieldSet } from '../fields/FieldSet';
import { DeleteButton, InsertButton } from '../fields/ListButtons';

const PRIORITES = [
  { value: '', label: 'Non définie' },
  { value: 'haute', label: 'Haute' },
  { value: 'moyenne', label: 'Moyenne' },
  { value: 'basse', label: 'Basse' },
];

export function DiagnosticTab({ dossier }: { dossier: Dossier }) {
  const { publics, axes } = dossier.diagnostic;
  const nextYear = publics.length ? Math.max(...publics.map((p) => p.annee)) + 1 : new Date().getFullYear() - 1;
  return (
    <>
      <ProblemsAlert dossier={dossier} tabs={['diagnostic']} title="Points à vérifier dans le diagnostic" />
      <DossierField
        dossier={dossier}
        path={['diagnostic', 'synthese']}
        label="Synthèse du diagnostic"
        kind="longtext"
      />
      <h2 className="fr-h5 fr-mt-4w">Chiffres sur le public</h2>
      {publics.map((row, index) => (
        <FieldSet
          key={`${row.annee}-${index}`}
          dossier={dossier}
          legend={`Année ${row.annee}`}
          fields={[
            { path: ['diagnostic', 'publics', index, 'annee'], label: 'Année', kind: 'integer' },
            {
              path: ['diagnostic', 'publics', index, 'titresDeSejour'],
              label: 'Titres de séjour signés',
              kind: 'integer',
            },
            {
              path: ['diagnostic', 'publics', index, 'bpi'],
              label: 'Bénéficiaires de la protection internationale',
              kind: 'integer',
            },
            { path: ['diagnostic', 'publics', index, 'femmes'], label: 'Femmes', kind: 'integer' },
            { path: ['diagnostic', 'publics', index, 'enfants'], label: 'Enfants', kind: 'integer' },
            { path: ['diagnostic', 'publics', index, 'source'], label: 'Source' },
          ]}
        >
          <DeleteButton
            dossier={dossier}
            path={['diagnostic', 'publics']}
            index={index}
            summary={`Chiffres ${row.annee} supprimés`}
            confirm={{
              title: `Supprimer les chiffres de ${row.annee} ?`,
              text: `Les chiffres sur le public de ${row.annee} (titres de séjour, bénéficiaires de la protection internationale, femmes, enfants, source) seront retirés du diagnostic. Vous pourrez revenir en arrière avec le bouton « Annuler : … » en haut du dossier.`,
              confirmLabel: 'Supprimer les chiffres',
              keepLabel: 'Garder les chiffres',
            }}
          >
            Supprimer l’année {row.annee}…
          </DeleteButton>
        </FieldSet>
      ))}
      <InsertButton
        dossier={dossier}
        path={['diagnostic', 'publics']}
        value={{ annee: nextYear, titresDeSejour: 0, bpi: 0, femmes: 0, enfants: 0, source: '' }}
        summary={`Chiffres ${nextYear} ajoutés`}
        focusField="titresDeSejour"
      >
        Ajouter l’année {nextYear}
      </InsertButton>
      <h2 className="fr-h5 fr-mt-6w">Constats par axe</h2>
      {AXES.map((axe) => {
        const index = axes.findIndex((entry) => entry.axe === axe);
        const title = `${AXE_LABELS[axe]}${axe === COMPULSORY_AXE ? ' (obligatoire)' : ''}`;
        if (index < 0) {
          return (
            <section key={axe} className="fr-mb-3w" aria-label={title}>
              <h3 className="fr-h6 fr-mb-1w">{title}</h3>
              <InsertButton
                dossier={dossier}
                path={['diagnostic', 'axes']}
                value={{ axe, constats: '', offreExistante: '', manques: '', priorite: '' }}
                summary={`Axe « ${AXE_LABELS[axe]} » ajouté au diagnostic`}
                priority="tertiary"
              >
                Décrire l’axe « {AXE_LABELS[axe]} »
              </InsertButton>
            </section>
          );
        }
        const base = ['diagnostic', 'axes', index];
        return (
          <FieldSet
            key={axe}
            dossier={dossier}
            legend={title}
            fields={[
              { path: [...base, 'constats'], label: `Constats — ${AXE_LABELS[axe]}`, kind: 'longtext' },
              { path: [...base, 'offreExistante'], label: `Offre existante — ${AXE_LABELS[axe]}`, kind: 'longtext' },
              { path: [...base, 'manques'], label: `Manques — ${AXE_LABELS[axe]}`, kind: 'longtext' },
              { path: [...base, 'priorite'], label: `Priorité — ${AXE_LABELS[axe]}`, options: PRIORITES },
            ]}
          />
        );
      })}
    </>
  );
}
