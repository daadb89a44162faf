// « Imprimer » on a dossier: its Fiche de synthèse (one or two pages, made like every other
// document), never the screen with its form controls and cut tabs.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { printSummary } from '../state/menu-commands';

export function PrintSummaryButton({ dossierId }: { dossierId: string }) {
  const [busy, setBusy] = useState(false);
  async function print() {
    // Building the PDF takes a moment (fonts, layout): a second press meanwhile does nothing.
    if (busy) return;
    setBusy(true);
    try {
      await printSummary(dossierId);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button
      priority="secondary"
      size="small"
      iconId="fr-icon-printer-line"
      title="Imprimer la fiche de synthèse du dossier (Ctrl + P)"
      aria-busy={busy}
      onClick={() => void print()}
    >
      {busy ? 'Préparation de la fiche…' : 'Imprimer la fiche de synthèse'}
    </Button>
  );
}
