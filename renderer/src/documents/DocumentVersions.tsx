// The stored versions of one document: preview, save where the agent chooses, print.
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import type { DocumentRow } from '../../db/records';
import { platform } from '../../platform';
import { describeSave, SaveStatus, type SaveOutcome } from '../files/SaveStatus';
import { dateHeure } from '../../../shared/format/dates';

function Preview({ row }: { row: DocumentRow }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(new Blob([row.bytes as BlobPart], { type: 'application/pdf' }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [row]);
  return url ? <iframe title={`Aperçu de ${row.name}`} src={url} className="ctai-preview" /> : null;
}

export function DocumentVersions({
  rows,
  onSigned,
  canSign,
}: {
  rows: DocumentRow[];
  onSigned?: (version: number) => void;
  canSign?: boolean;
}) {
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [printMessage, setPrintMessage] = useState('');
  const pdfs = rows.filter((row) => row.format === 'pdf').sort((a, b) => b.version - a.version);
  if (pdfs.length === 0) return <p className="fr-text--sm">Aucune version générée pour l’instant.</p>;

  async function save(row: DocumentRow) {
    const result = await platform.saveFile({
      suggestedName: row.name,
      bytes: row.bytes,
      filters: [
        row.format === 'pdf'
          ? { name: 'Document PDF', extensions: ['pdf'] }
          : { name: 'Document Word', extensions: ['docx'] },
      ],
    });
    setOutcome(describeSave(result, `${row.name} enregistré${result.location ? ` dans ${result.location}` : ''}.`));
  }

  async function print(row: DocumentRow) {
    const { printed } = await platform.printPdf(row.name, row.bytes);
    setPrintMessage(
      printed
        ? `Impression de ${row.name} lancée.`
        : `${row.name} n’a pas été imprimé (impression annulée ou impossible). Relancez « Imprimer », ou enregistrez le PDF et imprimez-le depuis votre lecteur.`,
    );
  }

  return (
    <>
      <div className="fr-table">
        <table>
          <caption>Versions générées ({pdfs.length})</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Générée le</th>
              <th scope="col">Par</th>
              <th scope="col">Empreinte SHA-256 du PDF</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {pdfs.map((pdf) => {
              const docx = rows.find((row) => row.version === pdf.version && row.format === 'docx');
              return (
                <tr key={pdf.id}>
                  <th scope="row">
                    {pdf.version}{' '}
                    {pdf.signed && (
                      <Badge severity="success" small>
                        Signée
                      </Badge>
                    )}
                  </th>
                  <td>{dateHeure(pdf.createdAt)}</td>
                  <td>
                    {pdf.author}
                    {pdf.receivedFrom && <span className="fr-hint-text">Reçu de {pdf.receivedFrom}</span>}
                  </td>
                  <td>
                    <code className="ctai-hash">{pdf.sha256}</code>
                  </td>
                  <td>
                    <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                      <Button
                        size="small"
                        priority="secondary"
                        onClick={() => setPreviewed(previewed === pdf.id ? null : pdf.id)}
                      >
                        {previewed === pdf.id ? 'Fermer l’aperçu' : 'Aperçu'}
                        <span className="fr-sr-only"> de la version {pdf.version}</span>
                      </Button>
                      <Button size="small" priority="secondary" onClick={() => void save(pdf)}>
                        Enregistrer le PDF<span className="fr-sr-only"> de la version {pdf.version}</span>
                      </Button>
                      {docx && (
                        <Button size="small" priority="secondary" onClick={() => void save(docx)}>
                          Enregistrer le DOCX<span className="fr-sr-only"> de la version {pdf.version}</span>
                        </Button>
                      )}
                      <Button size="small" priority="tertiary" onClick={() => void print(pdf)}>
                        Imprimer<span className="fr-sr-only"> la version {pdf.version}</span>
                      </Button>
                      {onSigned && canSign && !pdf.signed && (
                        <Button size="small" priority="tertiary" onClick={() => onSigned(pdf.version)}>
                          Enregistrer comme version signée<span className="fr-sr-only"> (version {pdf.version})</span>
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SaveStatus outcome={outcome} />
      <p role="status" className="fr-text--sm">
        {printMessage}
      </p>
      {previewed && pdfs.find((pdf) => pdf.id === previewed) && (
        <Preview row={pdfs.find((pdf) => pdf.id === previewed)!} />
      )}
    </>
  );
}
