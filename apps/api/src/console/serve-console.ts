import { Logger, type DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'express';

/** Where `npm run build:web` writes the console (the api runs from the repository's root). */
export const DEFAULT_CONSOLE_DIR = join(process.cwd(), 'apps', 'web', 'dist');

/**
 * The paths that belong to the API, never to the console: an unknown /api/… route must answer
 * the API's own 404 problem, not the console's page.
 */
export const API_PATHS = ['/api{/*path}', '/health', '/ready'];

/**
 * The console's files have content hashes in their names and may be kept for a year; its
 * index.html names the current ones, so the browser asks for it again every time.
 */
const cacheHeaders = (response: Response, path: string): void => {
  response.setHeader(
    'Cache-Control',
    path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  );
};

/**
 * The web console at `/`: its files, and index.html for every other path outside the API so a
 * deep link (/recommendations/…) opens the page it names. When the console was not built the
 * API runs alone and says so once.
 */
export const serveConsole = (dir: string = DEFAULT_CONSOLE_DIR): DynamicModule[] => {
  if (!existsSync(join(dir, 'index.html'))) {
    new Logger('Console').warn(`No web console in ${dir} (npm run build:web builds it).`);
    return [];
  }
  return [
    ServeStaticModule.forRoot({
      rootPath: dir,
      exclude: API_PATHS,
      serveStaticOptions: { setHeaders: cacheHeaders, index: false },
    }),
  ];
};
