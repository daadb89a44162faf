// Buttons that add an element to a list of the dossier (at its end unless told) or remove one.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useId, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { valueAt } from '../../../../shared/dossier/field-path';
import type { Path } from '../../../../shared/sync/dossier-doc';
import { openModal } from '../../layout/open-modal';
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

/**
 * Focus on the element `find` gives once the list has been drawn again after the change: looked
 * for at each frame, for up to a second (a busy machine draws late).
 */
function focusAfterDrawing(find: () => HTMLElement | null, frames = 60): void {
  requestAnimationFrame(() => {
    const found = find();
    if (found) found.focus();
    else if (frames > 0) focusAfterDrawing(find, frames - 1);
  });
}

export function InsertButton({
  dossier,
  path,
  summary,
  children,
  value,
  focusField,
  priority = 'secondary',
}: ListButtonProps & {
  value: unknown;
  /** The field of the new item the agent types in next (« nom »): focus goes there once added. */
  focusField?: string;
}) {
  const index = (valueAt(dossier, path) as unknown[] | undefined)?.length ?? 0;
  return (
    <Button
      priority={priority}
      size="small"
      iconId="fr-icon-add-line"
      className="fr-mb-2w"
      onClick={() =>
        void saveEdits(dossier, [{ op: 'insert', path, index, value }], summary).then((outcome) => {
          if (outcome.ok && focusField)
            focusAfterDrawing(() =>
              document.querySelector<HTMLElement>(`[data-path="${[...path, index, focusField].join('.')}"]`),
            );
        })
      }
    >
      {children}
    </Button>
  );
}

/** A removal that asks first (a whole year of figures, as a year's budget does). */
export interface DeleteConfirmation {
  /** The dialog's title, a question: « Supprimer les chiffres de 2025 ? ». */
  title: string;
  /** What will be removed, and that the undo button (« Annuler : … ») brings it back. */
  text: string;
  /** The buttons: the removal, and keeping the item. */
  confirmLabel: string;
  keepLabel: string;
}

export function DeleteButton({
  dossier,
  path,
  summary,
  children,
  index,
  focusAfter,
  confirm,
  priority = 'tertiary',
}: ListButtonProps & {
  index: number;
  /**
   * Where focus goes once the item is removed (the list itself): left on the button, a second
   * press would remove the next item, now in its place.
   */
  focusAfter?: () => HTMLElement | null;
  /** Given, the removal is made only once confirmed in a dialog. */
  confirm?: DeleteConfirmation;
}) {
  // One dialog per button: its id must be unique in the page and usable in a selector.
  const modalId = `confirmer-suppression-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const [modal] = useState(() => (confirm ? createModal({ id: modalId, isOpenedByDefault: false }) : null));
  const remove = () =>
    void saveEdits(dossier, [{ op: 'delete', path, index }], summary).then((outcome) => {
      if (outcome.ok && focusAfter) focusAfterDrawing(focusAfter);
    });
  return (
    <>
      <Button
        priority={priority}
        size="small"
        iconId="fr-icon-delete-line"
        onClick={(event) => (modal ? openModal(modal, event.currentTarget) : remove())}
      >
        {children}
      </Button>
      {/* At the page's end: a dialog's title (h1) in the middle of a form would break the order of
          the headings that follow it. */}
      {modal &&
        confirm &&
        createPortal(
          <modal.Component
            title={confirm.title}
            buttons={[
              { children: confirm.keepLabel, priority: 'secondary' },
              { children: confirm.confirmLabel, onClick: remove },
            ]}
          >
            {confirm.text}
          </modal.Component>,
          document.body,
        )}
    </>
  );
}
