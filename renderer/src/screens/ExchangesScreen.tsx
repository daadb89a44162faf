import { ExportSection } from '../exchanges/ExportSection';
import { ImportSection } from '../exchanges/ImportSection';
import { JournalSection } from '../exchanges/JournalSection';
import { CorrespondentsSection } from '../exchanges/CorrespondentsSection';
import { ScreenTitle } from './ScreenTitle';

export function ExchangesScreen() {
  return (
    <>
      <ScreenTitle>Échanges</ScreenTitle>
      <ImportSection />
      <ExportSection />
      <CorrespondentsSection />
      <JournalSection />
    </>
  );
}
