// The dossiers of an exchange's payload, read strictly: every file must be one the format
// defines (a dossier's JSON view, its Automerge history, its documents and their index), each
// dossier must have both its view and its history, and the count must be the one the signed
// bag-info announces. Anything else is refused, so that nothing sent is silently left out.
import type { Dossier } from '../dossier/dossier-schema';
import { validateDossier } from '../dossier/validation';
import { compte } from '../format/plural';
import { historyAgrees, historyMismatchMessage } from '../sync/history-agreement';
import { BundleError } from './bundle-error';
import {
  DOCUMENT_INDEX_FILE,
  documentFilePath,
  legacyScans,
  parseDocumentIndex,
  type ReceivedDocument,
} from './bundle-documents';
import { decodeUtf8 } from './bytes';
import { timeSlices } from './time-slices';
import { BUNDLE_FORMAT_MINOR, BUNDLE_FORMAT_VERSION, formatVersionText, isBundleDossierId } from './bag-format';

export interface ReadDossier {
  dossier: Dossier;
  doc: Uint8Array;
  documents: ReceivedDocument[];
}

/** A payload file, read when asked (from memory, or from the bundle for a document). */
export interface PayloadFile {
  read: () => Promise<Uint8Array>;
}

export interface ReadContext {
  /** The count bag-info announces (CTAI-Dossiers). */
  announced: number;
  /** The minor format version bag-info gives (a newer version of the app writes a higher one). */
  formatMinor: number;
  /** Prove each dossier's JSON equal to its history (history-agreement.ts; Automerge initialised). */
  proveHistories: boolean;
  /** The bundle's date and sender, for the scans of a first-format bundle (no index). */
  createdAt: string;
  sender: string;
  /** The SHA-256 (hex) of a payload file: from the checked manifest, or computed when the payload was sealed. */
  digest: (path: string, file: PayloadFile) => Promise<string>;
}

/**
 * What to do about a file or a document kind this version does not know: install the newer
 * version when bag-info says one wrote the bundle (a higher minor format), else have it sent again.
 */
function whatToDo(formatMinor: number): string {
  return formatMinor > BUNDLE_FORMAT_MINOR
    ? `Il vient d’une version plus récente de Contrats CTAI (format ${formatVersionText(BUNDLE_FORMAT_VERSION, formatMinor)}) : installez-la pour l’ouvrir.`
    : 'Demandez à l’expéditeur de le refaire depuis Contrats CTAI.';
}

function unknownFile(path: string, formatMinor: number): BundleError {
  return new BundleError(
    'bundle-unknown-file',
    `Le fichier « ${path.slice(0, 160)} » ne fait pas partie du format des échanges : l’échange est refusé. ${whatToDo(formatMinor)}`,
  );
}

interface DossierFiles {
  json?: PayloadFile;
  doc?: PayloadFile;
  /** Files under data/documents/<id>/, by their name there. */
  documents: Map<string, PayloadFile>;
}

/** The payload's files grouped by dossier id, in one pass; refuses any path the format does not define. */
function groupByDossier(payload: ReadonlyMap<string, PayloadFile>, formatMinor: number): Map<string, DossierFiles> {
  const byId = new Map<string, DossierFiles>();
  const of = (id: string, path: string) => {
    if (!isBundleDossierId(id)) throw unknownFile(path, formatMinor);
    let files = byId.get(id);
    if (!files) byId.set(id, (files = { documents: new Map() }));
    return files;
  };
  for (const [path, bytes] of payload) {
    const dossier = /^data\/dossiers\/([^/]+)\.(json|automerge)$/.exec(path);
    if (dossier) {
      const files = of(dossier[1]!, path);
      files[dossier[2] === 'json' ? 'json' : 'doc'] = bytes;
      continue;
    }
    const document = /^data\/documents\/([^/]+)\/([^/]+)$/.exec(path);
    if (document) {
      of(document[1]!, path).documents.set(document[2]!, bytes);
      continue;
    }
    throw unknownFile(path, formatMinor);
  }
  return byId;
}

async function readDocuments(id: string, files: DossierFiles, context: ReadContext): Promise<ReceivedDocument[]> {
  const raw = files.documents.get(DOCUMENT_INDEX_FILE);
  if (!raw) {
    // A bundle of the first format: its scans, under their own names.
    const scans = await Promise.all(
      [...files.documents].map(async ([name, file]) => ({
        name,
        read: file.read,
        sha256: await context.digest(`data/documents/${id}/${name}`, file),
      })),
    );
    return legacyScans(scans, context);
  }
  const badIndex = (detail: string) =>
    new BundleError('bundle-bad-documents', `Les documents du dossier ${id} ${detail} : l’échange est refusé.`);
  let text: string;
  try {
    text = decodeUtf8(await raw.read());
  } catch {
    throw badIndex('ont une liste illisible');
  }
  const index = parseDocumentIndex(text);
  if (!index.ok)
    throw index.unknownKind
      ? new BundleError(
          'bundle-bad-documents',
          `Le dossier ${id} contient un document de type « ${index.unknownKind} » que cette version ne connaît pas : l’échange est refusé. ${whatToDo(context.formatMinor)}`,
        )
      : badIndex('ont une liste mal formée');
  const listed = new Set([DOCUMENT_INDEX_FILE]);
  const documents: ReceivedDocument[] = [];
  for (const entry of index.entries) {
    const name = documentFilePath(id, entry).slice(`data/documents/${id}/`.length);
    const file = files.documents.get(name);
    if (!file) throw badIndex(`annoncent « ${entry.name.slice(0, 160)} », absent de l’échange`);
    if ((await context.digest(`data/documents/${id}/${name}`, file)) !== entry.sha256)
      throw badIndex(`ont un fichier (« ${entry.name.slice(0, 160)} ») dont l’empreinte diffère de celle annoncée`);
    listed.add(name);
    documents.push({ ...entry, read: file.read });
  }
  for (const name of files.documents.keys())
    if (!listed.has(name)) throw badIndex(`contiennent un fichier non déclaré (« ${name.slice(0, 160)} »)`);
  return documents;
}

/**
 * The dossiers of an exchange's payload (paths relative to the bag), validated, in id order.
 * Throws a BundleError, said in French, on the first rule broken.
 */
export async function readDossiers(
  payload: ReadonlyMap<string, PayloadFile>,
  context: ReadContext,
): Promise<ReadDossier[]> {
  const byId = groupByDossier(payload, context.formatMinor);
  const dossiers: ReadDossier[] = [];
  const pause = timeSlices();
  for (const id of [...byId.keys()].sort()) {
    await pause();
    const files = byId.get(id)!;
    if (!files.json)
      throw new BundleError(
        'bundle-missing-file',
        `Le dossier ${id} a un historique ou des documents mais pas sa fiche (JSON) : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
      );
    if (!files.doc)
      throw new BundleError(
        'bundle-missing-file',
        `L’historique du dossier ${id} manque : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
      );
    let json: unknown;
    try {
      json = JSON.parse(decodeUtf8(await files.json.read()));
    } catch {
      throw new BundleError(
        'bundle-invalid-dossier',
        `Le dossier ${id} n’est pas un JSON lisible : l’échange est refusé.`,
      );
    }
    const validated = validateDossier(json);
    if (!validated.ok)
      throw new BundleError(
        'bundle-invalid-dossier',
        `Le dossier ${id} n’est pas valide (${validated.problems[0]?.message}) : l’échange est refusé.`,
      );
    if (validated.value.id !== id)
      throw new BundleError(
        'bundle-invalid-dossier',
        `Le dossier ${id} porte un autre identifiant (${validated.value.id}) : l’échange est refusé.`,
      );
    const doc = await files.doc.read();
    if (context.proveHistories && !historyAgrees(validated.value, doc))
      throw new BundleError('bundle-history-mismatch', historyMismatchMessage(validated.value.collectivite.nom));
    dossiers.push({ dossier: validated.value, doc, documents: await readDocuments(id, files, context) });
  }
  if (dossiers.length !== context.announced)
    throw new BundleError(
      'bundle-dossier-count',
      `L’échange annonce ${compte(context.announced, 'dossier')} mais en contient ${dossiers.length} : il est refusé. Demandez à l’expéditeur de le renvoyer.`,
    );
  return dossiers;
}
