import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { documentProblems, type DocumentKind } from '../../../../shared/documents/generate';
import {
  DOCUMENT_KIND_NAMES,
  DOCUMENT_KINDS,
  type DocumentKindInfo,
} from '../../../../shared/documents/document-kinds';
import { DOCUMENT_SPECS, type DocumentChoice } from '../../../../shared/documents/registry';
import type { MissingField } from '../../../../shared/documents/missing-data';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { missingForSignature } from '../../../../shared/dossier/workflow';
import { formeOf } from '../../../../shared/dossier/workflow-steps';
import { database } from '../../../db/database';
import { listDocuments, markSigned, storeDocumentVersion } from '../../../db/documents-repository';
import { failureMessage, toStorageError } from '../../../db/storage-error';
import { platform } from '../../../platform';
import { DocumentVersions } from '../../documents/DocumentVersions';
import { fileName, generateInApp } from '../../documents/generate-in-app';
import { currentAuthor, useAgentStore } from '../../state/agent-store';
import { routeHref } from '../../state/route-store';

function MissingList({
  dossier,
  missing,
  what,
  lead = 'complétez d’abord',
}: {
  dossier: Dossier;
  missing: MissingField[];
  what: string;
  lead?: string;
}) {
  if (missing.length === 0) return null;
  return (
    <div className="fr-mb-2w">
      <Alert
        severity="warning"
        small
        description={
          <>
            Pour générer {what}, {lead} :
            <ul>
              {missing.map((field) => (
                <li key={field.path}>
                  <a href={routeHref({ screen: 'dossier', id: dossier.id, tab: field.tab })}>{field.message}</a>
                </li>
              ))}
            </ul>
          </>
        }
      />
    </div>
  );
}

function DocumentSection({
  dossier,
  kind,
  title,
  action,
  what,
  missing,
  year = null,
  meeting,
  children,
}: {
  dossier: Dossier;
  kind: DocumentKind;
  title: string;
  action: string;
  what: string;
  missing: MissingField[];
  year?: number | null;
  /** The COPIL meeting's date, for its relevé. */
  meeting?: string;
  children?: ReactNode;
}) {
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const articles = useAgentStore((s) => s.articles);
  const rows = useLiveQuery(() => listDocuments(database(), dossier.id), [dossier.id]) ?? [];
  const mine = rows.filter((row) => row.kind === kind && row.year === year && (row.meeting ?? '') === (meeting ?? ''));
  const signedAct = kind === 'contract' || kind === 'convention' ? kind : null;
  const canSign = !!signedAct && missingForSignature(dossier).length === 0;
  // What the builder itself refuses beyond the missing data listed above (a finance law not known
  // for the year; a character no font of the documents has, in what this document prints).
  const unprintable = useMemo(
    () =>
      documentProblems({
        kind,
        dossier,
        author: '',
        date: new Date().toISOString().slice(0, 10),
        ...(year ? { year } : {}),
        ...(meeting ? { meeting } : {}),
        ...(articles ? { articles } : {}),
      }).filter((problem) => !missing.some((m) => m.path === problem.path && m.message === problem.message)),
    [missing, kind, dossier, year, meeting, articles],
  );

  async function generate() {
    setState({ busy: true, message: 'Génération en cours…' });
    try {
      const outcome = await generateInApp(dossier, kind, year, articles ?? undefined, meeting);
      if (!outcome.ok) {
        const unknown = outcome.unknownFields?.length
          ? ` Champs inconnus dans les modèles d’articles : ${outcome.unknownFields.map((f) => `{${f}}`).join(', ')}.`
          : '';
        const missingText = outcome.missing.map((field) => ` ${field.message}`).join('');
        setState({ busy: false, message: `Le document n’a pas été généré.${missingText}${unknown}` });
        return;
      }
      setState({ busy: false, message: `Version ${outcome.rows[0]!.version} générée (PDF et DOCX).` });
    } catch (error) {
      setState({ busy: false, message: `Le document n’a pas été généré : ${failureMessage(error)}` });
    }
  }

  return (
    <section aria-labelledby={`document-${kind}`} className="fr-mb-6w">
      <h2 id={`document-${kind}`} className="fr-h4">
        {title}
      </h2>
      {children}
      <MissingList dossier={dossier} missing={missing} what={what} />
      <MissingList dossier={dossier} missing={unprintable} what={what} lead="corrigez d’abord" />
      <Button
        iconId="fr-icon-file-pdf-line"
        disabled={state.busy || missing.length > 0 || unprintable.length > 0}
        onClick={() => void generate()}
      >
        {action}
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {state.message}
      </p>
      <DocumentVersions
        rows={mine}
        canSign={canSign}
        {...(signedAct
          ? { onSigned: (version: number) => void markSigned(database(), dossier.id, version, signedAct) }
          : {})}
      />
    </section>
  );
}

/** The scan of the signed act, « le contrat » or « la convention ». */
function SignedScan({ dossier, act }: { dossier: Dossier; act: 'le contrat' | 'la convention' }) {
  const noun = act.replace(/^(le|la) /, '');
  const signed = act === 'la convention' ? 'signée' : 'signé';
  const [message, setMessage] = useState('');
  const rows = useLiveQuery(() => listDocuments(database(), dossier.id), [dossier.id]) ?? [];
  const scans = rows.filter((row) => row.kind === 'signed-scan');

  async function attach() {
    const file = await platform.openFile([{ name: 'Document PDF', extensions: ['pdf'] }]);
    if (!file.opened) return setMessage(file.error ?? '');
    if (new TextDecoder().decode(file.bytes.subarray(0, 5)) !== '%PDF-') {
      setMessage(
        `« ${file.name} » n’est pas un fichier PDF : numérisez ${act} ${signed} au format PDF puis joignez-le à nouveau.`,
      );
      return;
    }
    try {
      await storeDocumentVersion(
        database(),
        {
          dossierId: dossier.id,
          kind: 'signed-scan',
          year: null,
          author: currentAuthor().nom,
          createdAt: new Date().toISOString(),
          files: [
            { format: 'pdf', name: (version) => fileName(dossier, 'signed-scan', version, 'pdf'), bytes: file.bytes },
          ],
        },
        () => crypto.randomUUID(),
      );
      setMessage(`Le scan « ${file.name} » est joint au dossier.`);
    } catch (error) {
      setMessage(toStorageError(error).message);
    }
  }

  return (
    <section aria-labelledby="document-scan" className="fr-mb-6w">
      <h2 id="document-scan" className="fr-h4">
        {`${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${signed} (scan)`}
      </h2>
      <Button priority="secondary" iconId="fr-icon-attachment-line" onClick={() => void attach()}>
        {`Joindre le scan ${act === 'la convention' ? 'de la convention signée' : 'du contrat signé'} (PDF)`}
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {message}
      </p>
      <DocumentVersions rows={scans} />
    </section>
  );
}

/**
 * One kind of document (shared/documents/registry.ts): its parameter chosen from the kind's
 * choices (by default the last one ready), what it lacks, and its versions.
 */
function KindSection({ dossier, kind, today }: { dossier: Dossier; kind: DocumentKind; today: string }) {
  const info: DocumentKindInfo = DOCUMENT_KINDS[kind];
  const spec = DOCUMENT_SPECS[kind];
  const choices = spec.choices?.(dossier) ?? [];
  const [chosen, setChosen] = useState('');
  const key = (choice: DocumentChoice) => String(choice.value.year ?? choice.value.meeting ?? '');
  const current =
    choices.find((choice) => key(choice) === chosen) ?? choices.findLast((choice) => choice.ready) ?? choices.at(-1);
  const parameter = current?.value ?? {};
  return (
    <DocumentSection
      dossier={dossier}
      kind={kind}
      title={info.label}
      action={`Générer ${info.what}`}
      what={info.what}
      year={parameter.year ?? null}
      {...(parameter.meeting ? { meeting: parameter.meeting } : {})}
      missing={spec.missing(dossier, parameter, today)}
    >
      {choices.length > 0 && (
        <Select
          label={info.choiceLabel ?? ''}
          nativeSelectProps={{ value: current ? key(current) : '', onChange: (event) => setChosen(event.target.value) }}
        >
          {choices.map((choice) => (
            <option key={key(choice)} value={key(choice)}>
              {choice.label}
            </option>
          ))}
        </Select>
      )}
    </DocumentSection>
  );
}

/**
 * Every kind of document of the registry that belongs to the dossier's form, in its order, and
 * any other kind the dossier already has versions of (a PTAI's convention, kept when it became a
 * contract); the signed act's scan after the act (the contract, or a PTAI's convention).
 */
export function DocumentsTab({ dossier }: { dossier: Dossier }) {
  const today = new Date().toISOString().slice(0, 10);
  const forme = formeOf(dossier);
  const stored = useLiveQuery(() => listDocuments(database(), dossier.id), [dossier.id]) ?? [];
  return (
    <>
      {DOCUMENT_KIND_NAMES.filter((kind) => {
        const info: DocumentKindInfo = DOCUMENT_KINDS[kind];
        return !info.formes || info.formes.includes(forme) || stored.some((row) => row.kind === kind);
      }).map((kind) => (
        <Fragment key={kind}>
          <KindSection dossier={dossier} kind={kind} today={today} />
          {(DOCUMENT_KINDS[kind] as DocumentKindInfo).signedAct && (
            <SignedScan dossier={dossier} act={forme === 'ptai' ? 'la convention' : 'le contrat'} />
          )}
        </Fragment>
      ))}
    </>
  );
}
