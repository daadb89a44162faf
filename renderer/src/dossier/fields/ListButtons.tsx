// Buttons that add an element to a list of the dossier (at its end unless told) or remove one.
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { valueAt } from '../../../../shared/dossier/field-path';
import type { Path } from '../../../../shared/sync/dossier-doc';
import { saveEdits } from '../save-dossier';

interface ListButtonProps {
  dossier: Dossier;
  /** The list's path. */
  path: Path;
  /** What the history says of the change. */
  summary: string;
  children: ReactNode;
  priority?: 'secondary' | 'tertiary';
}

export function InsertButton({
  dossier,
  path,
  summary,
  children,
  value,
  priority = 'secondary',
}: ListButtonProps & { value: unknown }) {
  const index = (valueAt(dossier, path) as unknown[] | undefined)?.length ?? 0;
  return (
    <Button
      priority={priority}
      size="small"
      iconId="fr-icon-add-line"
      className="fr-mb-2w"
      onClick={() => void saveEdits(dossier, [{ op: 'insert', path, index, value }], summary)}
    >
      {children}
    </Button>
  );
}

export function DeleteButton({
  dossier,
  path,
  summary,
  children,
  index,
  priority = 'tertiary',
}: ListButtonProps & { index: number }) {
  return (
    <Button
      priority={priority}
      size="small"
      iconId="fr-icon-delete-line"
      onClick={() => void saveEdits(dossier, [{ op: 'delete', path, index }], summary)}
    >
      {children}
    </Button>
  );
}
