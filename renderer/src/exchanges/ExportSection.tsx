// Exporter un échange: the dossiers to send, the recipient, then the signed file saved where the
// agent chooses (a USB stick), with its size said before it goes by email.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { sortDossiers } from '../../../shared/dossier/dossier-filter';
import { database } from '../../db/database';
import { listDossiers } from '../../db/dossiers-repository';
import { exportBundle } from '../../db/export-bundle';
import { toStorageError } from '../../db/storage-error';
import { platform } from '../../platform';
import { useAgentStore } from '../state/agent-store';
import { repositoryContext } from '../state/repository-context';

const EMAIL_LIMIT = 10 * 1024 * 1024;

export function ExportSection() {
  const rows = useLiveQuery(async () => sortDossiers(await listDossiers(database()), 'nom'), []) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [recipient, setRecipient] = useState('');
  const [withScans, setWithScans] = useState(true);
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const prefecture = useAgentStore((s) => s.prefecture);
  const all = rows.length > 0 && selected.size === rows.length;

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  async function run() {
    if (selected.size === 0) {
      setState({ busy: false, message: 'Choisissez au moins un dossier à exporter.' });
      return;
    }
    setState({ busy: true, message: 'Préparation de l’échange signé…' });
    try {
      const { name, bytes } = await exportBundle(repositoryContext(), {
        dossierIds: [...selected],
        recipient: recipient.trim(),
        departement: prefecture?.departementCode || rows.find((r) => selected.has(r.id))?.departement || '00',
        publicKey: await platform.publicKey(),
        sign: (message) => platform.sign(message),
        withScans,
      });
      const size = `${(bytes.length / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
      const result = await platform.saveFile({
        suggestedName: name,
        bytes,
        filters: [{ name: 'Échange Contrats CTAI', extensions: ['ctai'] }],
      });
      const email =
        bytes.length > EMAIL_LIMIT
          ? ' Il dépasse 10 Mo, la limite courante des courriels : transmettez-le sur une clé USB, ou exportez sans les scans.'
          : '';
      setState({
        busy: false,
        message: result.saved
          ? `Échange ${name} enregistré (${size}).${email}`
          : 'Export annulé : aucun fichier n’a été écrit.',
      });
    } catch (error) {
      setState({ busy: false, message: `L’échange n’a pas été créé : ${toStorageError(error).message}` });
    }
  }

  return (
    <section aria-labelledby="export-titre" className="fr-mb-6w">
      <h2 id="export-titre" className="fr-h4">
        Exporter un échange
      </h2>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Dossiers à envoyer ({selected.size} choisis)</legend>
        <Checkbox
          small
          options={[
            {
              label: 'Tous les dossiers',
              nativeInputProps: {
                checked: all,
                onChange: () => setSelected(all ? new Set() : new Set(rows.map((r) => r.id))),
              },
            },
          ]}
        />
        <div className="ctai-checklist">
          <Checkbox
            small
            options={rows.map((row) => ({
              label: `${row.nom} (${row.code || 'saisie libre'})`,
              nativeInputProps: { checked: selected.has(row.id), onChange: () => toggle(row.id) },
            }))}
          />
        </div>
      </fieldset>
      <Input
        label="Destinataire"
        hintText="Par exemple : Préfecture de l’Isère, bureau de l’intégration"
        nativeInputProps={{ value: recipient, onChange: (e) => setRecipient(e.target.value) }}
      />
      <Checkbox
        small
        options={[
          {
            label: 'Joindre les scans des contrats signés',
            nativeInputProps: { checked: withScans, onChange: (e) => setWithScans(e.target.checked) },
          },
        ]}
      />
      <Button iconId="fr-icon-upload-line" disabled={state.busy} onClick={() => void run()}>
        Exporter un échange
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {state.message}
      </p>
    </section>
  );
}
