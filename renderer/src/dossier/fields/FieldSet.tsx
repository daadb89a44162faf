// A titled group of dossier fields laid out in a grid, described by a list, with what follows them
// (a list of co-funders, buttons) under the grid.
import type { ReactNode } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import type { Path } from '../../../../shared/sync/dossier-doc';
import { DossierField, type DossierFieldProps } from './DossierField';

export type FieldSpec = Omit<DossierFieldProps, 'dossier'>;

export const CIVILITE_OPTIONS = [
  { value: '', label: 'Non précisée' },
  { value: 'Madame', label: 'Madame' },
  { value: 'Monsieur', label: 'Monsieur' },
];

/** Civility, first name and name of a person; `who` ("du représentant") keeps labels unique. */
export function personFields(base: Path, who: string, extra: FieldSpec[] = []): FieldSpec[] {
  return [
    { path: [...base, 'civilite'], label: `Civilité ${who}`, options: CIVILITE_OPTIONS },
    { path: [...base, 'prenom'], label: `Prénom ${who}` },
    { path: [...base, 'nom'], label: `Nom ${who}` },
    ...extra,
  ];
}

export function FieldSet({
  dossier,
  legend,
  fields,
  children,
}: {
  dossier: Dossier;
  legend: string;
  fields: FieldSpec[];
  children?: ReactNode;
}) {
  return (
    <fieldset className="fr-fieldset fr-mb-4w">
      <legend className="fr-fieldset__legend fr-h5">{legend}</legend>
      {/* The design system's element: fields start where the legend's text does (the fieldset
          is a flex row; loose children would also sit side by side, a sentence against its button). */}
      <div className="fr-fieldset__element">
        <div className="ctai-grid">
          {fields.map((field) => (
            <DossierField key={field.path.join('.')} dossier={dossier} {...field} />
          ))}
        </div>
        {children}
      </div>
    </fieldset>
  );
}
