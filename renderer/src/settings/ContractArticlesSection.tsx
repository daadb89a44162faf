// The préfecture adapts the wording of the contract's articles: named fields, a preview, and a
// way back to the default text. An unknown field is refused, never printed as it is.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import {
  CONTRACT_ARTICLES,
  CONTRACT_TEMPLATES,
  CONTRACT_VISAS,
  previewTemplate,
  TEMPLATE_FIELDS,
} from '../../../shared/documents/templates';
import { database } from '../../db/database';
import { setContractArticles } from '../../db/settings-repository';
import { toStorageError } from '../../db/storage-error';
import { useAgentStore } from '../state/agent-store';
import { accordNombre } from '../../../shared/format/plural';

export function ContractArticlesSection() {
  const articles = useAgentStore((state) => state.articles) ?? {};
  const setArticles = useAgentStore((state) => state.setArticles);
  const [id, setId] = useState(CONTRACT_ARTICLES[0]!.id);
  const article = CONTRACT_TEMPLATES.find((a) => a.id === id)!;
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const text = drafts[id] ?? articles[id] ?? article.template;
  const preview = previewTemplate(text);
  const unknown = preview.unknownFields.length
    ? `${accordNombre(preview.unknownFields.length, 'Champ inconnu', 'Champs inconnus')} : ${preview.unknownFields.map((f) => `{${f}}`).join(', ')}. Utilisez seulement les champs de la liste.`
    : undefined;

  async function store(next: Record<string, string>, done: string) {
    try {
      await setContractArticles(database(), next);
      setArticles(next);
      setDrafts((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== id)));
      setMessage(done);
    } catch (error) {
      setMessage(toStorageError(error).message);
    }
  }

  return (
    <section aria-labelledby="articles-titre" className="fr-mb-6w">
      <h2 id="articles-titre" className="fr-h4">
        Articles du contrat
      </h2>
      <p>
        Adaptez la rédaction des articles à votre préfecture. Les champs entre accolades sont remplis avec les données
        du dossier.
      </p>
      <Select
        label="Article"
        nativeSelectProps={{
          value: id,
          onChange: (event) => {
            setId(event.target.value);
            setMessage('');
          },
        }}
      >
        <optgroup label="Visas">
          {CONTRACT_VISAS.map((visa) => (
            <option key={visa.id} value={visa.id}>
              Visa — {visa.title}
              {articles[visa.id] ? ' (adapté)' : ''}
            </option>
          ))}
        </optgroup>
        <optgroup label="Articles">
          {CONTRACT_ARTICLES.map((a, index) => (
            <option key={a.id} value={a.id}>
              Article {index === 0 ? '1er' : index + 1} — {a.title}
              {articles[a.id] ? ' (adapté)' : ''}
            </option>
          ))}
        </optgroup>
      </Select>
      <Input
        label={`Texte de l’article « ${article.title} »`}
        hintText={`Champs disponibles : ${TEMPLATE_FIELDS.map((f) => `{${f.name}} (${f.description})`).join(', ')}`}
        textArea
        state={unknown ? 'error' : 'default'}
        stateRelatedMessage={unknown}
        nativeTextAreaProps={{
          value: text,
          rows: 6,
          onChange: (event) => setDrafts({ ...drafts, [id]: event.target.value }),
        }}
      />
      <h3 className="fr-h6">Aperçu</h3>
      <Alert severity="info" small description={preview.text} />
      <div className="fr-btns-group fr-btns-group--inline fr-mt-2w">
        <Button
          disabled={!!unknown}
          onClick={() => void store({ ...articles, [id]: text }, `L’article « ${article.title} » est enregistré.`)}
        >
          Enregistrer l’article
        </Button>
        <Button
          priority="secondary"
          onClick={() =>
            void store(
              Object.fromEntries(Object.entries(articles).filter(([key]) => key !== id)),
              `L’article « ${article.title} » reprend le texte par défaut.`,
            )
          }
        >
          Revenir au texte par défaut
        </Button>
      </div>
      <p role="status" className="fr-text--sm">
        {message}
      </p>
    </section>
  );
}
