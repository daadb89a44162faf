// The one step every dossier passes through when it enters the application — from the
// database, a bundle, a backup, a merge or the command line — before it is validated: older
// formats are upgraded step by step (each step frozen in its own file).
import { upgradeV1ToV2 } from './v1-to-v2';

type Json = Record<string, unknown>;

/** Upgrade steps by the version they start from. */
const UPGRADES: Readonly<Record<number, (dossier: Json) => Json>> = {
  1: upgradeV1ToV2,
};

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Brings a dossier of any known format version to the current one (DOSSIER_FORMAT_VERSION),
 * without modifying `input`. Input that is not an object, or of an unknown or newer version, is
 * returned as it is, for validation to refuse with its French sentence.
 */
export function restoreDossier(input: unknown): unknown {
  if (!isObject(input)) return input;
  let dossier = input;
  for (let guard = 0; guard < 100; guard++) {
    const version = dossier.formatVersion;
    const upgrade = typeof version === 'number' ? UPGRADES[version] : undefined;
    if (!upgrade) return dossier;
    dossier = upgrade(dossier);
  }
  return dossier;
}
