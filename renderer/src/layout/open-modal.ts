// Opening a design-system dialog from a button, with the focus given back to that button when the
// dialog closes (Escape, the cross, « Garder… »): the design system gives it to the dialog's own
// hidden control button instead, and the keyboard user would start again from the top of the page.
// When the dialog's action removed the button (a deletion confirmed), the focus goes near where it was.
import { focusChain, focusNear } from './keep-focus';

interface Modal {
  id: string;
  open: () => void;
}

/** Opens `modal`; on its closing (the design system's `dsfr.conceal` event), focuses `opener` again. */
export function openModal(modal: Modal, opener: HTMLElement | null): void {
  modal.open();
  const dialog = document.getElementById(modal.id);
  if (!dialog || !opener) return;
  const where = focusChain(opener);
  const giveBack = () => {
    dialog.removeEventListener('dsfr.conceal', giveBack);
    // After the design system has moved the focus itself.
    requestAnimationFrame(() => {
      if (opener.isConnected) opener.focus();
      else focusNear(where);
    });
  };
  dialog.addEventListener('dsfr.conceal', giveBack);
}
