// A .ctai file dropped anywhere on the window goes to the import preview; any other file is
// refused with a message (and never opened by the engine, which would leave the app).
import { useEffect, useState } from 'react';
import { blobSource } from '../../../shared/bundle/byte-source';
import { MAX_OPENED_FILE_SIZE, tooLargeToOpen } from '../../../shared/platform/opened-file-size';
import { useFlashStore } from '../state/flash-store';
import { useIncomingBundleStore } from '../state/incoming-bundle-store';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Listens for files dropped on the window; true while files are dragged over it. */
export function useBundleDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the window is left.
    let depth = 0;
    function enter(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    }
    function leave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function over(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    async function drop(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const bundle = files.find((file) => file.name.toLowerCase().endsWith('.ctai'));
      if (!bundle) {
        useFlashStore.getState().show({
          severity: 'error',
          title: 'Ce fichier ne peut pas être importé.',
          description: 'Seul un fichier d’échange Contrats CTAI (extension .ctai) peut être déposé dans la fenêtre.',
        });
        return;
      }
      if (bundle.size > MAX_OPENED_FILE_SIZE) {
        useFlashStore.getState().show({
          severity: 'error',
          title: 'Ce fichier ne peut pas être importé.',
          description: tooLargeToOpen(bundle.name),
        });
        return;
      }
      useIncomingBundleStore.getState().offer({ name: bundle.name, source: blobSource(bundle) });
    }
    const onDrop = (event: DragEvent) => void drop(event);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
