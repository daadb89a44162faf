// « Imprimer » on a dossier prints its Fiche de synthèse (one or two pages, made like every other
// document), not the screen with its form controls and cut tabs. Other screens print as shown.
import { database } from '../../db/database';
import { getDossier } from '../../db/dossiers-repository';
import { platform } from '../../platform';
import { currentAuthor } from '../state/agent-store';
import { useFlashStore } from '../state/flash-store';
import { loadBrowserFonts } from './browser-fonts';

/** Builds the dossier's summary as a PDF and hands it to the platform's print; a failure is said in French. */
export async function printDossierSummary(id: string): Promise<void> {
  const flash = useFlashStore.getState();
  // A new print says its own outcome: the message of an earlier one no longer holds.
  flash.clear();
  try {
    const dossier = await getDossier(database(), id);
    if (!dossier) return;
    const [{ buildDocument, renderDocument }, fonts] = await Promise.all([
      import('../../../shared/documents/generate'),
      loadBrowserFonts(),
    ]);
    const built = buildDocument({
      kind: 'summary',
      dossier,
      author: currentAuthor().nom,
      date: new Date().toISOString().slice(0, 10),
    });
    if (!built.ok) {
      // What is missing, then the characters no font of the documents prints: each names its field.
      const problems = [...built.missing, ...(built.unprintable ?? [])].map((problem) => problem.message);
      flash.show(
        {
          severity: 'error',
          title: 'La fiche de synthèse n’a pas pu être imprimée : corrigez le dossier, puis relancez l’impression.',
          description: problems.join(' '),
        },
        0,
      );
      return;
    }
    const pdf = await renderDocument(built.model, 'pdf', fonts);
    await platform.printPdf(`Fiche de synthèse — ${dossier.collectivite.nom}`, pdf);
  } catch (error) {
    flash.show(
      {
        severity: 'error',
        title: 'La fiche de synthèse n’a pas pu être imprimée.',
        description: `${(error as Error).message} Recommencez ; si cela persiste, générez-la dans l’onglet Documents.`,
      },
      0,
    );
  }
}
