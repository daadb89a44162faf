// A DOCX parsed back as XML: every XML part of the archive through expat (Python's standard
// library), a strict XML 1.0 parser that refuses the characters XML forbids, as Word and
// LibreOffice do. Returns the problems found, one line per part (empty when all parse).
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';

const PARSE = `
import sys, json, xml.parsers.expat
problems = []
for name, text in json.load(sys.stdin).items():
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(text.encode('utf-8', 'surrogatepass'), True)
    except xml.parsers.expat.ExpatError as error:
        problems.append(f"{name}: {error}")
print(json.dumps(problems))
`;

/** The parts of `docx` that are not well-formed XML, with the parser's reason. */
export function docxXmlProblems(docx: Uint8Array): string[] {
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(docx)))
    if (/\.(xml|rels)$/.test(name)) parts[name] = new TextDecoder().decode(bytes);
  return xmlProblems(parts);
}

/** The named XML texts that are not well-formed, with the parser's reason. */
export function xmlProblems(parts: Record<string, string>): string[] {
  const out = execFileSync('python3', ['-c', PARSE], { input: JSON.stringify(parts), encoding: 'utf8' });
  return JSON.parse(out) as string[];
}
