// One field of a dossier, bound to its path: shows the stored value (or what is being typed),
// saves on its own shortly after typing and when leaving the field, and shows beside it, in
// French, why a value is refused. A refused value stays in the field and is not stored.
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef } from 'react';
import { dossierSchema, type Dossier } from '../../../../shared/dossier/dossier-schema';
import { valueAt } from '../../../../shared/dossier/field-path';
import { displayValue, parseInput, type FieldKind } from '../../../../shared/format/input-values';
import type { Path } from '../../../../shared/sync/dossier-doc';
import { withoutInvisible } from '../../../../shared/documents/text-normalization';
import type { DossierTab } from '../../state/route-store';
import { draftKey, useEditStore } from '../edit-store';
import { fieldMessage, saveEdits } from '../save-dossier';
import {
  schemaFieldLength,
  widthClass,
  type FieldWidth,
  widthForKind,
  widthForLength,
  widthForOptions,
} from './field-width';

const SAVE_DELAY_MS = 700;

/** A year (« annee », « anneeDebut »): written as is (« 2026 », not « 2 026 ») in a narrow input. */
function isYearPath(path: Path): boolean {
  return /^annee/i.test(String(path[path.length - 1]));
}

/**
 * The field's width in the fields' grid (field-width.ts): by its kind (a long text the whole row,
 * an amount or a date short), by its longest choice for a list, else by what the schema lets it
 * hold (a département's code narrow, a service's name half the row). A year's input is four
 * digits wide.
 */
export function fieldWidthClass(
  path: Path,
  kind: FieldKind,
  options?: readonly { label: string }[],
  given?: FieldWidth,
): string {
  const isYear = kind === 'integer' && isYearPath(path);
  const width =
    given ??
    widthForKind(kind, isYear) ??
    (options ? widthForOptions(options) : widthForLength(schemaFieldLength(dossierSchema, path)));
  return isYear ? `${widthClass(width)} ctai-field--year` : widthClass(width);
}

export interface DossierFieldProps {
  dossier: Dossier;
  path: Path;
  label: string;
  hint?: string;
  kind?: FieldKind;
  /** An empty field stores null rather than being refused (amounts and numbers not known yet). */
  nullable?: boolean;
  /** Given, the field is a list to choose from. */
  options?: { value: string; label: string }[];
  /** Where the schema's maximum is far above what is typed (an address: 250, one line read). */
  width?: FieldWidth;
}

export function DossierField(props: DossierFieldProps) {
  const { dossier, path, label, hint } = props;
  const kind: FieldKind = props.kind ?? 'text';
  const key = draftKey(dossier.id, path);
  const draft = useEditStore((state) => state.drafts[key]);
  const setDraft = useEditStore((state) => state.setDraft);
  const stored = valueAt(dossier, path);
  const storedText = displayValue(kind, stored);
  const text = draft?.text ?? storedText;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ text, dossier });
  latest.current = { text, dossier };

  async function commit() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = useEditStore.getState().drafts[key];
    if (!current) return;
    // A character no document prints is refused by the save itself (edit-refusals.ts), under this field.
    const parsed = parseInput(kind, current.text, label, props.nullable ?? false);
    if (!parsed.ok) {
      setDraft(key, { text: current.text, error: parsed.message, ...fieldTab() });
      return;
    }
    if (JSON.stringify(parsed.value) === JSON.stringify(valueAt(latest.current.dossier, path))) {
      setDraft(key, null);
      return;
    }
    // Counts with their thousands (« 6 400 »), years as written (« 2026 »).
    const isYear = isYearPath(path);
    const shown = (value: unknown) =>
      props.options?.find((option) => option.value === String(value ?? ''))?.label ??
      (kind === 'integer' && typeof value === 'number' && !isYear
        ? value.toLocaleString('fr-FR', { useGrouping: 'always' })
        : displayValue(kind, value) || 'vide');
    const outcome = await saveEdits(latest.current.dossier, [{ op: 'set', path, value: parsed.value }], label, {
      undoLabel: `${label} ${shown(valueAt(latest.current.dossier, path))} → ${shown(parsed.value)}`,
      fromField: true,
    });
    const after = useEditStore.getState().drafts[key];
    // Typing went on while saving: keep the newer text.
    if (after && after.text !== current.text) return;
    if (outcome.ok) setDraft(key, null);
    else setDraft(key, { text: current.text, error: fieldMessage(outcome, key), ...fieldTab() });
  }

  /** The tab this field is on (the one on screen as it is refused). */
  function fieldTab(): { tab?: DossierTab } {
    const viewing = useEditStore.getState().viewing;
    return viewing?.dossierId === dossier.id ? { tab: viewing.tab } : {};
  }

  function change(typed: string) {
    // Never shown reversed or hidden while typed (a pasted right-to-left override).
    const value = withoutInvisible(typed);
    setDraft(key, { text: value });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void commit(), props.options ? 0 : SAVE_DELAY_MS);
  }

  // Leaving the screen saves what was typed; a refused value stays as a draft.
  useEffect(
    () => () => {
      if (timer.current) void commit();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, on unmount, with the latest values through refs.
    [],
  );

  const state = draft?.error ? 'error' : 'default';
  // Said to screen readers on the control itself, not only by the message it is described by.
  const invalid = draft?.error ? { 'aria-invalid': true as const } : {};
  const className = fieldWidthClass(path, kind, props.options, props.width);
  if (props.options) {
    return (
      <Select
        className={className}
        label={label}
        hint={hint}
        state={state}
        stateRelatedMessage={draft?.error}
        nativeSelectProps={{ value: text, onChange: (event) => change(event.target.value), ...invalid }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    );
  }
  const common = {
    className,
    label,
    hintText: hint ?? (kind === 'amount' ? 'En euros, par exemple 12 500,00' : undefined),
    state,
    stateRelatedMessage: draft?.error,
  } as const;
  if (kind === 'longtext') {
    return (
      <Input
        {...common}
        textArea
        nativeTextAreaProps={{
          value: text,
          rows: 4,
          onChange: (event) => change(event.target.value),
          onBlur: () => void commit(),
          ...invalid,
        }}
      />
    );
  }
  return (
    <Input
      {...common}
      nativeInputProps={{
        value: text,
        type: kind === 'date' ? 'date' : 'text',
        inputMode: kind === 'amount' ? 'decimal' : kind === 'integer' ? 'numeric' : undefined,
        // Found by its path when focus must go to it (a co-funder just added: list-focus.ts).
        ...{ 'data-path': path.join('.') },
        onChange: (event) => change(event.target.value),
        onBlur: () => void commit(),
        ...invalid,
      }}
    />
  );
}
