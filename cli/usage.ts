// The usage lines of each command, apart from the commands so that `ctai --help` loads none of them.
export const DEMO_USAGE = 'ctai demo --out DOSSIER [--count N] [--seed S]';

export const DOC_USAGE =
  'ctai doc letter|contract|amendment --dossier DOSSIER.json --format docx|pdf --out FICHIER [--year AAAA] [--date AAAA-MM-JJ]';

export const KEYGEN_USAGE = 'ctai keygen --out DOSSIER';

export const BUNDLE_USAGE = [
  'ctai bundle create --key DOSSIER_CLES --out FICHIER.ctai [--site SITE] [--sender NOM] [--sequence N] [--passphrase-file FICHIER] DOSSIER.json…',
  'ctai bundle verify FICHIER.ctai [--trust CLE.pem…] [--passphrase-file FICHIER]',
  'ctai bundle inspect FICHIER.ctai [--passphrase-file FICHIER]',
];
