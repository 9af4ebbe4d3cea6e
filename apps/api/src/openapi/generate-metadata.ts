/**
 * npm run openapi:metadata — reads the DTOs with the NestJS Swagger plugin (their types,
 * class-validator rules and doc comments) and writes metadata.ts beside this file. The API
 * loads that file at start, so the OpenAPI document is the same under tsc, swc and Jest. Run
 * it after changing a DTO; a test fails while the file is stale.
 */
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
// The package exports its plugin as '@nestjs/swagger/plugin'; this project's module resolution
// (node10, as Nest 11 expects) reads types by file path, so the types come from dist.
/* eslint-disable @typescript-eslint/no-require-imports */
const { ReadonlyVisitor } =
  require('@nestjs/swagger/plugin') as typeof import('@nestjs/swagger/dist/plugin');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Writes `filename` (default metadata.ts) beside this file; the staleness test writes a copy to compare. */
export const generateOpenApiMetadata = (filename = 'metadata.ts'): void =>
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        introspectComments: true,
        pathToSource: __dirname,
        classValidatorShim: true,
        dtoFileNameSuffix: ['.dto.ts', '.query.ts', '.view.ts', '.controller.ts'],
      }),
    ],
    outputDir: __dirname,
    filename,
    tsconfigPath: 'apps/api/tsconfig.app.json',
    printDiagnostics: false,
  });

if (require.main === module) generateOpenApiMetadata();
