// The correspondents whose bundles are trusted: added from their public key file (or at a first
// import, after comparing fingerprints), revoked for good, after a confirmation, when a key is
// lost or replaced.
import { openModal } from '../layout/open-modal';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { fingerprint, pemToSpki } from '../../../shared/bundle/bytes';
import { dateHeure } from '../../../shared/format/dates';
import { database } from '../../db/database';
import {
  addCorrespondent,
  getCorrespondents,
  revokeCorrespondent,
  type Correspondent,
} from '../../db/settings-repository';
import { toStorageError } from '../../db/storage-error';
import { platform } from '../../platform';

const revokeModal = createModal({ id: 'confirmer-revocation', isOpenedByDefault: false });

export function CorrespondentsSection() {
  // Read live: a correspondent added by an import shows at once.
  const list = useLiveQuery(() => getCorrespondents(database()), []) ?? [];
  const [name, setName] = useState('');
  const [service, setService] = useState('');
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<Correspondent | null>(null);

  async function addFromFile() {
    if (!name.trim()) {
      setMessage('Indiquez d’abord le nom du correspondant (par exemple : Préfecture de l’Isère).');
      return;
    }
    const file = await platform.openFile([{ name: 'Clé publique', extensions: ['pem'] }]);
    if (!file.opened) return setMessage(file.error ?? '');
    const spki = pemToSpki(new TextDecoder().decode(file.bytes));
    if (!spki) {
      setMessage(
        `« ${file.name} » n’est pas une clé publique (fichier PEM attendu) : demandez à votre correspondant d’exporter sa clé depuis ses Paramètres.`,
      );
      return;
    }
    try {
      const print = await fingerprint(spki);
      const outcome = await addCorrespondent(database(), {
        name: name.trim(),
        service: service.trim(),
        fingerprint: print,
        addedAt: new Date().toISOString(),
      });
      if (!outcome.added) {
        const { existing } = outcome;
        setMessage(
          existing.revoked
            ? `Cette clé, celle de ${existing.name}, a été révoquée : elle ne peut pas être de nouveau acceptée. Demandez à votre correspondant sa nouvelle clé.`
            : `Cette clé est déjà celle de ${existing.name} dans vos correspondants : rien n’a changé.`,
        );
        return;
      }
      setMessage(`${name.trim()} ajouté. Empreinte : ${print} — vérifiez-la avec lui par téléphone.`);
      setName('');
      setService('');
    } catch (error) {
      setMessage(toStorageError(error).message);
    }
  }

  async function revoke(correspondent: Correspondent) {
    try {
      await revokeCorrespondent(database(), correspondent.fingerprint, new Date());
      setMessage(`La clé de ${correspondent.name} est révoquée : ses échanges signés avec elle seront refusés.`);
    } catch (error) {
      setMessage(toStorageError(error).message);
    }
  }

  return (
    <section aria-labelledby="correspondants-titre" className="fr-mb-6w">
      <h2 id="correspondants-titre" className="fr-h4">
        Correspondants de confiance
      </h2>
      <div className="ctai-grid">
        <Input
          label="Nom du correspondant"
          hintText="Par exemple : Claire Martin, ou Préfecture de l’Isère"
          nativeInputProps={{ value: name, onChange: (e) => setName(e.target.value) }}
        />
        <Input
          label="Service et site (facultatif)"
          hintText="Par exemple : Bureau de l’intégration — Préfecture de l’Isère"
          nativeInputProps={{ value: service, onChange: (e) => setService(e.target.value) }}
        />
        <div>
          <Button priority="secondary" onClick={() => void addFromFile()}>
            Ajouter sa clé publique (fichier .pem)
          </Button>
        </div>
      </div>
      <p role="status" className="fr-text--sm">
        {message}
      </p>
      {list.length === 0 ? (
        <p>Aucun correspondant pour l’instant : ils s’ajoutent ici ou au premier import de leurs échanges.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>Correspondants ({list.length})</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Empreinte de la clé</th>
                <th scope="col">Ajouté le</th>
                <th scope="col">État</th>
              </tr>
            </thead>
            <tbody>
              {list.map((item) => (
                <tr key={item.fingerprint}>
                  <th scope="row">
                    {item.name}
                    {item.service ? <span className="fr-text--sm"> — {item.service}</span> : null}
                  </th>
                  <td>
                    <code className="ctai-hash">{item.fingerprint}</code>
                  </td>
                  <td>{dateHeure(item.addedAt)}</td>
                  <td>
                    {item.revoked ? (
                      item.revokedAt ? (
                        `Révoquée le ${dateHeure(item.revokedAt)}`
                      ) : (
                        'Révoquée'
                      )
                    ) : (
                      <Button
                        size="small"
                        priority="tertiary"
                        onClick={(event) => {
                          setChosen(item);
                          openModal(revokeModal, event.currentTarget);
                        }}
                      >
                        Révoquer<span className="fr-sr-only"> la clé de {item.name}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <revokeModal.Component
        title="Révoquer cette clé ?"
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          { children: 'Révoquer la clé', onClick: () => chosen && void revoke(chosen) },
        ]}
      >
        {chosen
          ? `Les échanges signés avec la clé de ${chosen.name} seront refusés, y compris ceux déjà en route. La révocation est définitive : pour reprendre les échanges, votre correspondant devra vous donner une nouvelle clé.`
          : ''}
      </revokeModal.Component>
    </section>
  );
}
