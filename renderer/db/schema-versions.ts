// Every version of the database schema, in order. A released version is never edited:
// add a new one (with its migration in its own file) at the end.
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      dossiers: 'id, nomKey, type, updatedAt',
    },
  },
];
