// Characters XML 1.0 forbids never reach a document: text entering the model (typed, pasted,
// imported, from the CLI: all through the dossier schema) is cleaned of them, and every DOCX
// generated here is parsed back as XML.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../cli/document-fonts';
import { buildDocument, renderDocument, type DocumentKind } from '../../../shared/documents/generate';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { validateAgentIdentity } from '../../../shared/dossier/agent-identity';
import { validateDossier } from '../../../shared/dossier/validation';
import { cleanXmlText, isXmlText } from '../../../shared/text/xml-text';
import { demoDossiers } from '../helpers/demo';
import { docxXmlProblems, xmlProblems } from '../helpers/docx-xml';
import { runCli } from '../helpers/run-cli';

/** One of each kind of forbidden character: noncharacters, a lone surrogate, C0 controls. */
const HOSTILE = '\uFFFE\uFFFF\uFDD0\uD800\u0000\u0001\u000B\u000C\u001F\u{1FFFE}\u{10FFFF}';
const KINDS: DocumentKind[] = ['letter', 'contract', 'amendment'];

function signedDossier(): Dossier {
  return structuredClone(demoDossiers({ count: 8, seed: 11 }).find((d) => d.workflow.etape === 'suivi')!);
}

/** Free text (names, sentences), as opposed to codes, dates and values from a list. */
const isFreeText = (key: string, value: string) =>
  /^(nom|prenom)$/.test(key) || (value.includes(' ') && !/^(civilite|email|telephone)$/.test(key));

/** A dossier whose every free-text field carries the hostile characters, as pasted or received. */
function hostile(dossier: Dossier): unknown {
  return JSON.parse(JSON.stringify(dossier), (key, value: unknown) =>
    typeof value === 'string' && isFreeText(key, value) ? `${value.slice(0, 1)}${HOSTILE}${value.slice(1)}` : value,
  );
}

describe('text entering the model', () => {
  it('is cleaned of what XML forbids, and of nothing else', () => {
    expect(cleanXmlText(`Tours${HOSTILE} — « Ateliers »\tété\r\n😀`)).toBe('Tours — « Ateliers »\tété\r\n😀');
    expect(isXmlText(HOSTILE)).toBe(false);
    expect(isXmlText(cleanXmlText(HOSTILE))).toBe(true);
  });

  it('comes out of validation clean, in every text field of a dossier and of the agent’s identity', () => {
    const validated = validateDossier(hostile(signedDossier()));
    if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
    const texts: string[] = [];
    JSON.stringify(validated.value, (_key, value: unknown) => (typeof value === 'string' && texts.push(value), value));
    expect(texts.filter((t) => !isXmlText(t))).toEqual([]);
    expect(validated.value.collectivite.nom).toBe(signedDossier().collectivite.nom);
    const identity = validateAgentIdentity({ nom: `Claire${HOSTILE}`, service: '\uFFFE', site: 'Isère' });
    expect(identity).toEqual({ ok: true, value: { nom: 'Claire', service: '', site: 'Isère' } });
  });
});

describe('every generated DOCX', () => {
  it('(control) the XML check refuses a part holding U+FFFE', () => {
    expect(xmlProblems({ 'word/document.xml': '<w:t xmlns:w="urn:x">a\uFFFEb</w:t>' })).toHaveLength(1);
  });

  it('parses back as XML, for demo dossiers and one full of forbidden characters', async () => {
    const validated = validateDossier(hostile(signedDossier()));
    if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
    const dossiers = [signedDossier(), validated.value];
    const fonts = loadPdfFonts();
    for (const dossier of dossiers)
      for (const kind of KINDS) {
        const built = buildDocument({
          kind,
          dossier,
          // The author comes from the agent's identity, itself validated (see above).
          author: 'Claire Martin',
          date: '2026-03-01',
          year: dossier.contrat.anneeDebut! + 1,
        });
        if (!built.ok) throw new Error(`${kind}: ${JSON.stringify(built)}`);
        expect(docxXmlProblems(await renderDocument(built.model, 'docx', fonts))).toEqual([]);
      }
  }, 60_000);

  it('made by the CLI from a dossier file full of forbidden characters, parses back as XML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-xml-'));
    const dossier = signedDossier();
    writeFileSync(path.join(dir, 'dossier.json'), JSON.stringify(hostile(dossier)));
    const result = await runCli(
      'doc',
      'contract',
      '--dossier',
      path.join(dir, 'dossier.json'),
      '--format',
      'docx',
      '--out',
      path.join(dir, 'contrat.docx'),
    );
    expect(result.code).toBe(0);
    expect(docxXmlProblems(readFileSync(path.join(dir, 'contrat.docx')))).toEqual([]);
  }, 60_000);
});
