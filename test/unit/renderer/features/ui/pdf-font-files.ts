import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFontFiles } from '../../../../../renderer/features/ui/pdf-fonts';

const require = createRequire(import.meta.url);

/** The font files the app fetches as assets, read from node_modules for Node. */
export const FONT_PATHS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  italic:
    require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
} as const;

export const nodePdfFontFiles = (): PdfFontFiles => ({
  regular: new Uint8Array(readFileSync(FONT_PATHS.regular)),
  bold: new Uint8Array(readFileSync(FONT_PATHS.bold)),
  italic: new Uint8Array(readFileSync(FONT_PATHS.italic)),
});
