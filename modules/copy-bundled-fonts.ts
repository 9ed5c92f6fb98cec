/**
 * Copies the reader's bundled font files from @fontsource into every build as
 * `fonts/…` (plus the font's licence), straight from the package: the
 * repository holds no copy of them. See assets/fonts/bundled-fonts.ts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { ATKINSON_FACES, BUNDLED_FONT_DIR, BUNDLED_FONT_PACKAGE } from '../assets/fonts/bundled-fonts';

export default defineWxtModule({
  name: 'lector:copy-bundled-fonts',
  setup(wxt) {
    const packageDir = dirname(createRequire(import.meta.url).resolve(`${BUNDLED_FONT_PACKAGE}/package.json`));
    wxt.hook('build:publicAssets', (_wxt, files) => {
      for (const face of ATKINSON_FACES) {
        files.push({ absoluteSrc: join(packageDir, 'files', face.file), relativeDest: `${BUNDLED_FONT_DIR}/${face.file}` });
      }
      files.push({ absoluteSrc: join(packageDir, 'LICENSE'), relativeDest: `${BUNDLED_FONT_DIR}/OFL.txt` });
    });
  },
});
