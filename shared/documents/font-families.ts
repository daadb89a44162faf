// The font families PDFs are set in, in order of preference: a run of text takes the first
// family whose font has a glyph for its characters. Files live in assets/fonts (SIL OFL 1.1,
// licences beside them); loaders (cli/document-fonts.ts, renderer browser-fonts.ts) read
// every file of FONT_FILES and hand the bytes to the renderer by file name.
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface FontFamily {
  name: string;
  files: Readonly<Record<FontStyle, string>>;
}

export const FONT_FAMILIES: readonly FontFamily[] = [
  {
    name: 'Liberation Sans',
    files: {
      regular: 'LiberationSans-Regular.ttf',
      bold: 'LiberationSans-Bold.ttf',
      italic: 'LiberationSans-Italic.ttf',
      boldItalic: 'LiberationSans-BoldItalic.ttf',
    },
  },
  {
    name: 'Noto Sans',
    files: {
      regular: 'NotoSans-Regular.ttf',
      bold: 'NotoSans-Bold.ttf',
      italic: 'NotoSans-Italic.ttf',
      boldItalic: 'NotoSans-BoldItalic.ttf',
    },
  },
  {
    // Arabic has no italic in Noto: italic runs are set upright.
    name: 'Noto Sans Arabic',
    files: {
      regular: 'NotoSansArabic-Regular.ttf',
      bold: 'NotoSansArabic-Bold.ttf',
      italic: 'NotoSansArabic-Regular.ttf',
      boldItalic: 'NotoSansArabic-Bold.ttf',
    },
  },
];

/** Every file to load, each once. */
export const FONT_FILES: readonly string[] = [
  ...new Set(FONT_FAMILIES.flatMap((family) => FONT_STYLES.map((style) => family.files[style]))),
];
