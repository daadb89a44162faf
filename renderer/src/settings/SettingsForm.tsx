// A settings form: labelled fields, validated in French on submit, then saved.
import { withoutInvisible } from '../../../shared/documents/text-normalization';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import type { Validated } from '../../../shared/dossier/validation';
import { toStorageError } from '../../db/storage-error';
import {
  schemaFieldLength,
  widthClass,
  type FieldWidth,
  widthForLength,
  widthForOptions,
} from '../dossier/fields/field-width';
import { showRefusals } from '../layout/focus-first-refused';
import { useFlashStore } from '../state/flash-store';

export interface SettingsField {
  /** Dotted path in the value ("prefet.nom"). */
  path: string;
  label: string;
  hint?: string;
  options?: { value: string; label: string }[];
  /** Where the form has no schema to size it by (field-width.ts). */
  width?: FieldWidth;
  /** Starts a row: a group of fields apart from the fields before it. */
  newRow?: boolean;
}

/** A field's width in the grid: by its longest choice, else by what the form's schema lets it hold. */
function settingsWidthClass(schema: z.core.$ZodType | undefined, field: SettingsField): string {
  const { path, options, width, newRow } = field;
  const sized = widthClass(
    width ??
      (options ? widthForOptions(options) : widthForLength(schema ? schemaFieldLength(schema, path.split('.')) : null)),
  );
  return newRow ? `${sized} ctai-row-start` : sized;
}

function read(value: unknown, path: string): string {
  const found = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
  return typeof found === 'string' ? found : '';
}

function write<T>(value: T, path: string, text: string): T {
  const [head, ...rest] = path.split('.');
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: rest.length ? write(record[head!], rest.join('.'), text) : text } as T;
}

export function SettingsForm<T>({
  title,
  intro,
  fields,
  schema,
  initial,
  validate,
  save,
  savedMessage,
  submitLabel = 'Enregistrer',
}: {
  title: string;
  intro: ReactNode;
  fields: SettingsField[];
  /** The value's schema: its fields' maximum lengths and codes size the fields. */
  schema?: z.core.$ZodType;
  initial: T;
  validate: (value: T) => Validated<T>;
  save: (value: T) => Promise<void>;
  savedMessage: string;
  submitLabel?: string;
}) {
  const id = useId();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // What the form holds that is not saved yet: said beside the button, as a form is saved whole.
  const [saved, setSaved] = useState<T>(initial);
  const refused = Object.keys(errors).length;
  const pending = JSON.stringify(values) !== JSON.stringify(saved);
  const showFlash = useFlashStore((state) => state.show);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLElement;
    const result = validate(values);
    if (!result.ok) {
      const found = Object.fromEntries(result.problems.map((problem) => [problem.path.join('.'), problem.message]));
      showRefusals(form, () => setErrors(found));
      return;
    }
    setErrors({});
    try {
      await save(result.value);
      setSaved(values);
      showFlash({ severity: 'success', title: savedMessage });
    } catch (error) {
      showFlash({
        severity: 'error',
        title: 'Les paramètres n’ont pas été enregistrés.',
        description: toStorageError(error).message,
      });
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-titre`} className="fr-mb-6w">
      <h2 id={`${id}-titre`} className="fr-h4">
        {title}
      </h2>
      <p>{intro}</p>
      <div className="ctai-grid">
        {fields.map((field) => {
          const { path, label, hint, options } = field;
          const className = settingsWidthClass(schema, field);
          const state = errors[path] ? 'error' : 'default';
          // Never shown reversed or hidden while typed (a pasted right-to-left override).
          const onChange = (text: string) => setValues(write(values, path, withoutInvisible(text)));
          return options ? (
            <Select
              key={path}
              className={className}
              label={label}
              hint={hint}
              state={state}
              stateRelatedMessage={errors[path]}
              nativeSelectProps={{
                name: path,
                ...(errors[path] ? { 'aria-invalid': true } : {}),
                value: read(values, path),
                onChange: (event) => onChange(event.target.value),
              }}
            >
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          ) : (
            <Input
              key={path}
              className={className}
              label={label}
              hintText={hint}
              state={state}
              stateRelatedMessage={errors[path]}
              nativeInputProps={{
                name: path,
                ...(errors[path] ? { 'aria-invalid': true } : {}),
                value: read(values, path),
                onChange: (event) => onChange(event.target.value),
              }}
            />
          );
        })}
      </div>
      <div className="ctai-button-row">
        <Button type="submit">{submitLabel}</Button>
        <p role="status" className={`fr-mb-0 ${refused ? 'fr-error-text' : 'fr-text--sm'}`}>
          {refused
            ? `Rien n’a été enregistré : ${refused === 1 ? 'corrigez la valeur signalée' : `corrigez les ${refused} valeurs signalées`}, puis « ${submitLabel} ».`
            : pending
              ? `Modifications non enregistrées : « ${submitLabel} » pour les garder.`
              : ''}
        </p>
      </div>
    </form>
  );
}
