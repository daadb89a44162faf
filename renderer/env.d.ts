/** The application's version, from package.json, set by the build. */
declare const __APP_VERSION__: string;

declare module 'virtual:ctai-referentiel' {
  import type { PackedReferentiel } from '../shared/referentiel/referentiel';

  const packed: PackedReferentiel;
  export default packed;
}
