// The usage lines of each command, apart from the commands so that `ctai --help` loads none of them.
import { DOCUMENT_KIND_NAMES, DOCUMENT_KINDS } from '../shared/documents/document-kinds';
export const DEMO_USAGE = 'ctai demo --out DOSSIER [--count N] [--seed S]';

export const DOC_USAGE = `ctai doc ${DOCUMENT_KIND_NAMES.join('|')} --dossier DOSSIER.json --format docx|pdf --out FICHIER [--year AAAA] [--meeting AAAA-MM-JJ] [--date AAAA-MM-JJ] [--author NOM] [--loi-de-finances ANNÉE,NUMÉRO,AAAA-MM-JJ] [--loi-speciale ANNÉE,NUMÉRO,AAAA-MM-JJ] [--instruction-date AAAA-MM-JJ] [--instruction-nor NOR]`;

/** One line per kind of document, for `ctai --help`. */
export const DOC_KINDS_HELP = DOCUMENT_KIND_NAMES.map(
  (kind) => `        ${kind.padEnd(10)} ${DOCUMENT_KINDS[kind].description}`,
).join('\n');

export const KEYGEN_USAGE = 'ctai keygen --out DOSSIER';

export const BUNDLE_USAGE = [
  'ctai bundle create --key DOSSIER_CLES --out FICHIER.ctai [--site SITE] [--sender NOM] [--sequence N] [--passphrase-file FICHIER] DOSSIER.json…',
  'ctai bundle verify FICHIER.ctai [--trust CLE.pem…] [--passphrase-file FICHIER]',
  'ctai bundle inspect FICHIER.ctai [--passphrase-file FICHIER]',
];

export const REPORT_USAGE =
  'ctai report --in DOSSIER --out DOSSIER_SORTIE [--trust CLE.pem…] [--passphrase-file FICHIER] [--date AAAA-MM-JJ]';

export const OPENDATA_USAGE =
  'ctai opendata --out FICHIER.csv --siret SIRET_PREFECTURE --attribuant "Préfecture de …" --departement CODE [--trust CLE.pem…] [--passphrase-file FICHIER] DOSSIER.json|ECHANGE.ctai|DOSSIER…';
