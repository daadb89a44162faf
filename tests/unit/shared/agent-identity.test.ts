import { describe, expect, it } from 'vitest';
import { validateAgentIdentity } from '../../../shared/dossier/agent-identity';

describe('validateAgentIdentity', () => {
  it('keeps each text on one line, without the invisible characters that would reverse or hide it', () => {
    const result = validateAgentIdentity({
      nom: 'Zoé Dupont\u202eevil',
      service: 'Bureau\tdes étrangers',
      site: ' Préfecture\u200b du Cantal ',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { nom: 'Zoé Dupontevil', service: 'Bureau des étrangers', site: 'Préfecture du Cantal' },
    });
  });

  it('still refuses a name made only of invisible characters', () => {
    expect(validateAgentIdentity({ nom: '\u202e\u200b', service: '', site: 'Préfecture du Cantal' }).ok).toBe(false);
  });
});
