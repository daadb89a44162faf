// The agent who makes changes: named in every change of a dossier's history.
import { z } from 'zod';
import { field } from './field-meta';
import { requiredText, text } from './schema-primitives';
import { validateWith, type Validated } from './validation';
import { normalizeLine } from '../documents/text-normalization';

export const agentIdentitySchema = z.object({
  nom: field(requiredText(120), 'Votre nom'),
  service: field(text(150), 'Votre service'),
  site: field(requiredText(150), 'Votre site'),
});

export type AgentIdentityInput = z.infer<typeof agentIdentitySchema>;

/**
 * The identity typed at first start or in Paramètres, each text on one line without invisible
 * characters (a right-to-left override would show the header's name and site reversed).
 */
export function validateAgentIdentity(input: unknown): Validated<AgentIdentityInput> {
  const typed =
    input && typeof input === 'object'
      ? Object.fromEntries(
          Object.entries(input).map(([key, value]) => [key, typeof value === 'string' ? normalizeLine(value) : value]),
        )
      : input;
  return validateWith(agentIdentitySchema, typed);
}
