import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { avenantFor } from '../../../../shared/dossier/avenants';
import type { DocumentKind } from '../../../../shared/documents/generate';
import { missingForCopil } from '../../../../shared/documents/build-copil';
import { missingForReport } from '../../../../shared/documents/build-report';
import { DOCUMENT_KINDS } from '../../../../shared/documents/document-kinds';
import { bilanFor } from '../../../../shared/dossier/follow-up';
import { dateEnLettres } from '../../../../shared/format/dates';
import { avenantNumber, contractYears } from '../../../../shared/dossier/commitment';
import {
  missingForAmendment,
  missingForContract,
  missingForLetter,
  type MissingField,
} from '../../../../shared/documents/missing-data';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { unprintableFields } from '../../../../shared/documents/unprintable-text';
import { missingForSignature } from '../../../../shared/dossier/workflow';
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
  const canSign = kind === 'contract' && missingForSignature(dossier).length === 0;
  // A character no font of the documents has is refused before generation, like missing data.
  const unprintable = unprintableFields(dossier);

  async function generate() {
    setState({ busy: true, message: 'Génération en cours…' });
    try {
      const outcome = await generateInApp(dossier, kind, year, articles ?? undefined, meeting);
      if (!outcome.ok) {
        const unknown = outcome.unknownFields?.length
          ? ` Champs inconnus dans les modèles d’articles : ${outcome.unknownFields.map((f) => `{${f}}`).join(', ')}.`
          : '';
        setState({ busy: false, message: `Le document n’a pas été généré.${unknown}` });
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
        {...(kind === 'contract'
          ? { onSigned: (version: number) => void markSigned(database(), dossier.id, version) }
          : {})}
      />
    </section>
  );
}

function SignedScan({ dossier }: { dossier: Dossier }) {
  const [message, setMessage] = useState('');
  const rows = useLiveQuery(() => listDocuments(database(), dossier.id), [dossier.id]) ?? [];
  const scans = rows.filter((row) => row.kind === 'signed-scan');

  async function attach() {
    const file = await platform.openFile([{ name: 'Document PDF', extensions: ['pdf'] }]);
    if (!file.opened) return setMessage(file.error ?? '');
    if (new TextDecoder().decode(file.bytes.subarray(0, 5)) !== '%PDF-') {
      setMessage(
        `« ${file.name} » n’est pas un fichier PDF : numérisez le contrat signé au format PDF puis joignez-le à nouveau.`,
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
        Contrat signé (scan)
      </h2>
      <Button priority="secondary" iconId="fr-icon-attachment-line" onClick={() => void attach()}>
        Joindre le scan du contrat signé (PDF)
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {message}
      </p>
      <DocumentVersions rows={scans} />
    </section>
  );
}

export function DocumentsTab({ dossier }: { dossier: Dossier }) {
  const years = [...new Set(dossier.contrat.avenants.map((a) => a.annee))].sort();
  const [chosen, setYear] = useState<number | null>(
    years.find((y) => y >= new Date().getFullYear()) ?? years.at(-1) ?? null,
  );
  const year = chosen !== null && years.includes(chosen) ? chosen : (years.at(-1) ?? null);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <DocumentSection
        dossier={dossier}
        kind="letter"
        title="Lettre d’intention"
        action="Générer la lettre d’intention"
        what="la lettre d’intention"
        missing={missingForLetter(dossier)}
      />
      <DocumentSection
        dossier={dossier}
        kind="contract"
        title="Contrat"
        action="Générer le contrat"
        what="le contrat"
        missing={missingForContract(dossier, today)}
      />
      <SignedScan dossier={dossier} />
      <DocumentSection
        dossier={dossier}
        kind="amendment"
        title="Avenant financier"
        action="Générer l’avenant"
        what="l’avenant"
        year={year}
        missing={
          year === null
            ? [
                {
                  path: 'contrat.avenants',
                  tab: 'contrat',
                  message: 'Un avenant préparé dans l’onglet Contrat (« Préparer un avenant »).',
                },
              ]
            : missingForAmendment(dossier, avenantFor(dossier, year), year, today)
        }
      >
        {years.length > 0 && (
          <Select
            label="Année de l’avenant"
            nativeSelectProps={{ value: year ?? '', onChange: (event) => setYear(Number(event.target.value)) }}
          >
            {years.map((y) => {
              const avenant = avenantFor(dossier, y)!;
              return (
                <option key={y} value={y}>
                  {`${y} — ${avenant.statut === 'signe' ? 'avenant' : 'projet d’avenant'} n° ${avenantNumber(dossier, avenant)}`}
                </option>
              );
            })}
          </Select>
        )}
      </DocumentSection>
      <FollowUpDocuments dossier={dossier} />
    </>
  );
}

/** The documents of the contract's follow-up: a year's report, a COPIL's relevé, the summary. */
function FollowUpDocuments({ dossier }: { dossier: Dossier }) {
  const years = contractYears(dossier);
  const thisYear = new Date().getFullYear();
  const [chosenYear, setYear] = useState<number | null>(null);
  const reportYear =
    chosenYear !== null && years.includes(chosenYear)
      ? chosenYear
      : ([...years].reverse().find((y) => y < thisYear && bilanFor(dossier, y)) ?? years[0] ?? null);
  const meetings = dossier.contrat.copil.map((copil) => copil.date).sort();
  const [chosenMeeting, setMeeting] = useState<string>('');
  const meeting = meetings.includes(chosenMeeting) ? chosenMeeting : (meetings.at(-1) ?? '');
  return (
    <>
      <DocumentSection
        dossier={dossier}
        kind="report"
        title={DOCUMENT_KINDS.report.label}
        action="Générer le bilan annuel"
        what="le bilan annuel"
        year={reportYear}
        missing={missingForReport(dossier, reportYear ?? undefined)}
      >
        {years.length > 0 && (
          <Select
            label="Année du bilan"
            nativeSelectProps={{ value: reportYear ?? '', onChange: (event) => setYear(Number(event.target.value)) }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {`${y}${bilanFor(dossier, y) ? '' : ' (bilan non saisi)'}`}
              </option>
            ))}
          </Select>
        )}
      </DocumentSection>
      <DocumentSection
        dossier={dossier}
        kind="copil"
        title={DOCUMENT_KINDS.copil.label}
        action="Générer le relevé de décisions"
        what="le relevé de décisions"
        {...(meeting ? { meeting } : {})}
        missing={missingForCopil(dossier, meeting || undefined)}
      >
        {meetings.length > 0 && (
          <Select
            label="Comité de pilotage"
            nativeSelectProps={{ value: meeting, onChange: (event) => setMeeting(event.target.value) }}
          >
            {meetings.map((date) => (
              <option key={date} value={date}>
                {`Comité du ${dateEnLettres(date)}`}
              </option>
            ))}
          </Select>
        )}
      </DocumentSection>
      <DocumentSection
        dossier={dossier}
        kind="summary"
        title={DOCUMENT_KINDS.summary.label}
        action="Générer la fiche de synthèse"
        what="la fiche de synthèse"
        missing={[]}
      />
    </>
  );
}
