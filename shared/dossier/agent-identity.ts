// The agent who makes changes: named in every change of a dossier's history.
import { z } from 'zod';
import { field } from './field-meta';
import { requiredText, text } from './schema-primitives';
import { validateWith, type Validated } from './validation';

export const agentIdentitySchema = z.object({
  nom: field(requiredText(120), 'Votre nom'),
  service: field(text(150), 'Votre service'),
  site: field(requiredText(150), 'Votre site'),
});

export type AgentIdentityInput = z.infer<typeof agentIdentitySchema>;

export function validateAgentIdentity(input: unknown): Validated<AgentIdentityInput> {
  return validateWith(agentIdentitySchema, input);
}
