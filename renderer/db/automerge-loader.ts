// Loads Automerge's WebAssembly once, on the first dossier write or merge, not at start-up.
import { initializeWasm, isWasmInitialized } from '@automerge/automerge/slim';
import wasmUrl from '@automerge/automerge/automerge.wasm?url';

let loading: Promise<void> | null = null;

export function automergeReady(): Promise<void> {
  if (isWasmInitialized()) return Promise.resolve();
  loading ??= initializeWasm(wasmUrl).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
