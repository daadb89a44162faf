// The agent who makes changes: named in every change of a dossier's history.
import { z } from 'zod';
import { requiredText, text } from './schema-primitives';
import { validateWith, type Validated } from './validation';

export const agentIdentitySchema = z.object({
  nom: requiredText(120),
  service: text(150),
  site: requiredText(150),
});

export type AgentIdentityInput = z.infer<typeof agentIdentitySchema>;

const LABELS: Record<keyof AgentIdentityInput, string> = {
  nom: 'Votre nom',
  service: 'Votre service',
  site: 'Votre site',
};

export function validateAgentIdentity(input: unknown): Validated<AgentIdentityInput> {
  const result = validateWith(agentIdentitySchema, input);
  if (result.ok) return result;
  // The generic labels ("Nom", "Site") are made personal for this form.
  return {
    ok: false,
    problems: result.problems.map((problem) => {
      const field = problem.path[0] as keyof AgentIdentityInput;
      return { ...problem, message: problem.message.replace(/^\S+/, LABELS[field] ?? '$&') };
    }),
  };
}
