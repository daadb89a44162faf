// The kinds of local authority that can sign a CTAI, with their French labels.
export const COLLECTIVITE_TYPES = [
  'commune',
  'communaute-de-communes',
  'communaute-d-agglomeration',
  'communaute-urbaine',
  'metropole',
  'departement',
  'region',
] as const;

export type CollectiviteType = (typeof COLLECTIVITE_TYPES)[number];

export const COLLECTIVITE_TYPE_LABELS: Record<CollectiviteType, string> = {
  commune: 'Commune',
  'communaute-de-communes': 'Communauté de communes',
  'communaute-d-agglomeration': 'Communauté d’agglomération',
  'communaute-urbaine': 'Communauté urbaine',
  metropole: 'Métropole',
  departement: 'Département',
  region: 'Région',
};

export function isCollectiviteType(value: unknown): value is CollectiviteType {
  return typeof value === 'string' && (COLLECTIVITE_TYPES as readonly string[]).includes(value);
}
