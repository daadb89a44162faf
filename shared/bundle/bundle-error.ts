// A refused bundle: a code for programs, a French sentence for people (what is wrong, what to do).
export type BundleErrorCode =
  | 'bundle-not-zip'
  | 'bundle-truncated'
  | 'bundle-zip64'
  | 'bundle-too-many-entries'
  | 'bundle-entry-too-large'
  | 'bundle-bad-compression'
  | 'bundle-zip-bomb'
  | 'bundle-bad-name'
  | 'bundle-path-traversal'
  | 'bundle-absolute-path'
  | 'bundle-symlink'
  | 'bundle-duplicate-entry'
  | 'bundle-not-one-bag'
  | 'bundle-missing-file'
  | 'bundle-unlisted-file'
  | 'bundle-bad-key'
  | 'bundle-signature-invalid'
  | 'bundle-tag-hash-mismatch'
  | 'bundle-payload-hash-mismatch'
  | 'bundle-bad-manifest'
  | 'bundle-bad-bag-info'
  | 'bundle-bad-bagit'
  | 'bundle-future-version'
  | 'bundle-payload-oxum'
  | 'bundle-invalid-dossier'
  | 'bundle-untrusted-sender'
  | 'bundle-sender-declined'
  | 'bundle-revoked-key'
  | 'bundle-passphrase-required'
  | 'bundle-wrong-passphrase'
  | 'bundle-decryption-failed'
  | 'bundle-is-backup'
  | 'bundle-unknown-file'
  | 'bundle-dossier-count'
  | 'bundle-bad-documents'
  | 'bundle-bad-dossier-id'
  | 'bundle-too-large'
  | 'bundle-history-mismatch';

/**
 * The refusals that come from the file itself (damaged, changed, or not made by Contrats CTAI):
 * their only remedy is a new copy from the sender. The others say their own remedy (a
 * passphrase, a correspondent to add, a newer version to install, an export to redo).
 */
const RESEND: ReadonlySet<BundleErrorCode> = new Set<BundleErrorCode>([
  'bundle-not-zip',
  'bundle-truncated',
  'bundle-zip64',
  'bundle-too-many-entries',
  'bundle-entry-too-large',
  'bundle-bad-compression',
  'bundle-zip-bomb',
  'bundle-bad-name',
  'bundle-path-traversal',
  'bundle-absolute-path',
  'bundle-symlink',
  'bundle-duplicate-entry',
  'bundle-not-one-bag',
  'bundle-missing-file',
  'bundle-unlisted-file',
  'bundle-bad-key',
  'bundle-signature-invalid',
  'bundle-tag-hash-mismatch',
  'bundle-payload-hash-mismatch',
  'bundle-bad-manifest',
  'bundle-bad-bag-info',
  'bundle-bad-bagit',
  'bundle-payload-oxum',
  'bundle-invalid-dossier',
  'bundle-decryption-failed',
  'bundle-unknown-file',
  'bundle-dossier-count',
  'bundle-bad-documents',
  'bundle-history-mismatch',
]);

/** What a refusal of the file itself asks of the agent, where its sentence does not say it already. */
export const RESEND_ADVICE = 'Demandez à l’expéditeur de le renvoyer.';

// A sentence that already says what to do: it names the sender to ask, or another remedy.
const SAYS_WHAT_TO_DO = /[Dd]emandez|[Ii]nstallez|[Oo]uvrez|[Ss]aisissez|[Cc]orrigez|[Rr]efaites|[Vv]érifiez/;

export class BundleError extends Error {
  /**
   * Who signed the refused bundle (« nom (site) », see senderLabel), when the refusal came after
   * its signature was verified: the journal then says whose file was refused. Unset before.
   */
  sender?: string;

  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    // Every refusal says what to do: one of the file itself, when its sentence does not, asks
    // for a new copy (the journal keeps the code; the agent reads this).
    super(RESEND.has(code) && !SAYS_WHAT_TO_DO.test(message) ? `${message} ${RESEND_ADVICE}` : message);
    this.name = 'BundleError';
  }
}

/** A sender as journals and documents name it: « Camille Martin (Préfecture du Cantal) ». */
export function senderLabel(sender: { nom: string; site: string }): string {
  return sender.nom && sender.site ? `${sender.nom} (${sender.site})` : sender.nom || sender.site;
}

/** The bundle is sound but encrypted, and the passphrase given (if any) does not open it. */
export function isPassphraseError(error: unknown): error is BundleError {
  return (
    error instanceof BundleError &&
    (error.code === 'bundle-passphrase-required' || error.code === 'bundle-wrong-passphrase')
  );
}
