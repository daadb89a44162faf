// The correspondents whose bundles are trusted: added from their public key file (or at a first
// import, after comparing fingerprints), revoked when a key is lost or replaced.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useCallback, useEffect, useState } from 'react';
import { fingerprint, pemToSpki } from '../../../shared/bundle/bytes';
import { database } from '../../db/database';
import { getCorrespondents, saveCorrespondent, type Correspondent } from '../../db/settings-repository';
import { toStorageError } from '../../db/storage-error';
import { platform } from '../../platform';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

export function CorrespondentsSection() {
  const [list, setList] = useState<Correspondent[]>([]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const reload = useCallback(() => void getCorrespondents(database()).then(setList), []);
  useEffect(reload, [reload]);

  async function addFromFile() {
    if (!name.trim()) {
      setMessage('Indiquez d’abord le nom du correspondant (par exemple : Préfecture de l’Isère).');
      return;
    }
    const file = await platform.openFile([{ name: 'Clé publique', extensions: ['pem'] }]);
    if (!file.opened) return;
    const spki = pemToSpki(new TextDecoder().decode(file.bytes));
    if (!spki) {
      setMessage(
        `« ${file.name} » n’est pas une clé publique (fichier PEM attendu) : demandez à votre correspondant d’exporter sa clé depuis ses Échanges.`,
      );
      return;
    }
    try {
      const print = await fingerprint(spki);
      await saveCorrespondent(database(), {
        name: name.trim(),
        service: '',
        fingerprint: print,
        addedAt: new Date().toISOString(),
        revoked: false,
      });
      setMessage(`${name.trim()} ajouté. Empreinte : ${print} — vérifiez-la avec lui par téléphone.`);
      setName('');
      reload();
    } catch (error) {
      setMessage(toStorageError(error).message);
    }
  }

  async function revoke(correspondent: Correspondent) {
    await saveCorrespondent(database(), { ...correspondent, revoked: true });
    setMessage(`La clé de ${correspondent.name} est révoquée : ses échanges signés avec elle seront refusés.`);
    reload();
  }

  return (
    <section aria-labelledby="correspondants-titre" className="fr-mb-6w">
      <h2 id="correspondants-titre" className="fr-h4">
        Correspondants de confiance
      </h2>
      <div className="ctai-grid">
        <Input
          label="Nom du correspondant"
          nativeInputProps={{ value: name, onChange: (e) => setName(e.target.value) }}
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
                  <td>{dateFormat.format(new Date(item.addedAt))}</td>
                  <td>
                    {item.revoked ? (
                      'Révoquée'
                    ) : (
                      <Button size="small" priority="tertiary" onClick={() => void revoke(item)}>
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
    </section>
  );
}
