// What PDF/A-2b asks beyond embedded fonts (XMP metadata, an sRGB output intent), the document
// information, and a trailer /ID.
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { documentText, type DocumentModel } from './document-model';
import { flateStream, fnv1a, type Deflate } from './pdf-font-embedding';

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A file identifier (ISO 32000-1, 14.4): 16 bytes fingerprinting the document's metadata and
 * text, the same for the same document (reproducible output), written twice as the PDF asks
 * for a file that was never modified.
 */
function fileId(model: DocumentModel): PDFHexString {
  const seed = [model.meta.title, model.meta.createdAt.toISOString(), ...documentText(model)].join('\n');
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0xdeadbeef]
    .map((start) => fnv1a(seed, start).toString(16).padStart(8, '0'))
    .join('');
  return PDFHexString.of(hex);
}

export function addMetadata(
  pdf: PDFDocument,
  model: DocumentModel,
  iccProfile: Uint8Array | undefined,
  deflate: Deflate,
): void {
  pdf.setTitle(model.meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(model.meta.author);
  pdf.setSubject(model.meta.subject);
  pdf.setKeywords(model.meta.keywords);
  pdf.setLanguage('fr-FR');
  pdf.setCreator('Contrats CTAI');
  pdf.setProducer('Contrats CTAI (pdf-lib)');
  pdf.setCreationDate(model.meta.createdAt);
  pdf.setModificationDate(model.meta.createdAt);
  const id = fileId(model);
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);

  const date = model.meta.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(model.meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeXml(model.meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(model.meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:CreatorTool>Contrats CTAI</xmp:CreatorTool>
<pdf:Producer>Contrats CTAI (pdf-lib)</pdf:Producer>
<pdf:Keywords>${escapeXml(model.meta.keywords.join(' '))}</pdf:Keywords>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const metadata = pdf.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata));
  if (iccProfile) {
    const profile = pdf.context.register(flateStream(pdf.context, iccProfile, { N: 3 }, deflate));
    const intent = pdf.context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
      Info: PDFString.of('sRGB IEC61966-2.1'),
      DestOutputProfile: profile,
    });
    pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([intent]));
  }
}
