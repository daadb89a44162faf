// Writes shared/documents/font-coverage.ts from the fonts in assets/fonts (a test checks it is up to date).
import { writeFileSync } from 'node:fs';
import { coverageModule, printableRanges } from './font-coverage-source';

writeFileSync('shared/documents/font-coverage.ts', coverageModule(printableRanges('assets/fonts')));
