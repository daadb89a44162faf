// Entry of the startup snapshot of `ctai doc` (Node's `--build-snapshot`; built by
// scripts/build-cli.mjs, used by bin/ctai.mjs). Built once at install: the libraries loaded,
// the shipped fonts read and parsed, and the code that checks, lays out and renders documents
// compiled by producing the documents of a few demo dossiers, so that each run starts from that
// state instead of loading, parsing and compiling it again. Node's snapshot builder runs one
// CommonJS file: esbuild bundles this one with all it imports.
// CTAI_ASSETS: the assets folder; CTAI_WARM_UP: a folder of demo dossiers (JSON).
import v8 from 'node:v8';
import { docCommand } from './commands/doc';
import { warmUpDocuments } from './doc-warm-up';
import { loadPdfFonts } from './document-fonts';
import { runCommand } from './run-command';

loadPdfFonts(process.env.CTAI_ASSETS);
void warmUpDocuments(process.env.CTAI_WARM_UP ?? '').then(() => {
  v8.startupSnapshot.setDeserializeMainFunction(async () => {
    // Run from a snapshot, argv holds node then the arguments given after the blob.
    process.exitCode = await runCommand(async () => docCommand, process.argv.slice(1), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  });
});
