// Type-ahead search in the official list (ARIA combobox pattern): arrows to move, Enter to
// pick (never to submit the form around it), Escape to close. The list is loaded the first time the field gets the focus.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { COLLECTIVITE_TYPE_LABELS } from '../../../shared/dossier/collectivite-type';
import {
  searchReferentiel,
  type ReferentielEntry,
  type ReferentielIndex,
} from '../../../shared/referentiel/referentiel';
import { loadReferentiel } from './load-referentiel';
import { compte } from '../../../shared/format/plural';

export function describeEntry(entry: ReferentielEntry): string {
  const code = entry.codeInsee ? `INSEE ${entry.codeInsee}` : entry.siren ? `SIREN ${entry.siren}` : '';
  const place = entry.type === 'region' ? '' : entry.departement.nom;
  return [COLLECTIVITE_TYPE_LABELS[entry.type], place, code].filter(Boolean).join(' — ');
}

export function CollectivitePicker({ onPick }: { onPick: (entry: ReferentielEntry) => void }) {
  const id = useId();
  const listId = `${id}-liste`;
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<ReferentielIndex | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const results = index && query.trim().length >= 2 ? searchReferentiel(index, query, 8) : [];

  function ensureLoaded() {
    if (status !== 'idle') return;
    setStatus('loading');
    loadReferentiel().then(
      (loaded) => {
        setIndex(loaded);
        setStatus('ready');
      },
      () => setStatus('error'),
    );
  }

  useEffect(() => setActive(0), [query]);

  // Enter pressed while the list was still loading picks the first suggestion once it is there.
  const [pickWhenReady, setPickWhenReady] = useState(false);
  useEffect(() => {
    if (!pickWhenReady || status === 'loading') return;
    setPickWhenReady(false);
    const first = results[active];
    if (first) pick(first);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the list arrives; results derive from it.
  }, [pickWhenReady, status]);

  function pick(entry: ReferentielEntry) {
    onPick(entry);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      setActive((current) => (current - 1 + results.length) % results.length);
    } else if (event.key === 'Enter') {
      // The search field never submits the form: Enter picks the highlighted suggestion (or the
      // first one once the list is loaded); the form is sent from its own fields and button.
      event.preventDefault();
      const highlighted = results[active];
      if (open && highlighted) pick(highlighted);
      else if (status === 'loading' && query.trim().length >= 2) setPickWhenReady(true);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && results.length > 0;
  const hint =
    status === 'loading'
      ? 'Chargement de la liste officielle…'
      : status === 'error'
        ? 'La liste officielle n’a pas pu être chargée : saisissez la collectivité ci-dessous.'
        : 'Tapez au moins deux lettres du nom, ou le code INSEE ou SIREN.';

  return (
    <div className="fr-input-group ctai-picker">
      <label className="fr-label" htmlFor={id}>
        Rechercher dans la liste officielle
        <span className="fr-hint-text">{hint}</span>
      </label>
      <input
        ref={inputRef}
        id={id}
        className="fr-input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={ensureLoaded}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Collectivités trouvées"
        className="ctai-picker__list"
        hidden={!expanded}
      >
        {results.map((entry, position) => (
          <li
            key={`${entry.type}-${entry.codeInsee}-${entry.siren}-${entry.nom}`}
            id={`${listId}-${position}`}
            role="option"
            aria-selected={position === active}
            className="ctai-picker__option"
            onMouseDown={(event) => {
              event.preventDefault();
              pick(entry);
            }}
          >
            <strong>{entry.nom}</strong> <span>{describeEntry(entry)}</span>
          </li>
        ))}
      </ul>
      <p className="fr-sr-only" aria-live="polite">
        {open && query.trim().length >= 2 && status === 'ready'
          ? `${compte(results.length, 'collectivité trouvée', 'collectivités trouvées')}`
          : ''}
      </p>
    </div>
  );
}
