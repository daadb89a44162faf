// Every unit test runs with an in-memory IndexedDB installed before any module loads, so that
// Dexie finds it whichever file imports Dexie first.
import 'fake-indexeddb/auto';
