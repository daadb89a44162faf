// Writes schemas/dossier.schema.json from the runtime schema (a test checks it is up to date).
import { writeFileSync } from 'node:fs';
import { dossierJsonSchema } from '../shared/dossier/json-schema';

writeFileSync('schemas/dossier.schema.json', JSON.stringify(dossierJsonSchema(), null, 2) + '\n');
