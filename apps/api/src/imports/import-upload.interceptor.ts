import {
  HttpException,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { catchError, type Observable } from 'rxjs';
import { ImportRefused } from './import-refused';

/** The largest register accepted: 10 000 rows of the export take 2–4 MB as XLSX. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** Multer, in memory, for one file and nothing else of size. */
export const ImportFile = FileInterceptor('file', {
  limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
});

/**
 * Multer's refusals said as the import's own: a file over the limit is `import.file-too-large`
 * (413) and any other malformed upload (a second file, a file under another field) is
 * `import.file-required` (400), rather than Nest's generic words. Placed before ImportFile.
 */
@Injectable()
export class ImportUploadRefusals implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpException)) throw error;
        if (error.getStatus() === 413)
          throw new ImportRefused(
            'import.file-too-large',
            `The file is larger than the ${IMPORT_MAX_BYTES / 1024 / 1024} MB an import reads.`,
            { limit: `${IMPORT_MAX_BYTES / 1024 / 1024} MB` },
          );
        if (error.getStatus() === 400)
          throw new ImportRefused('import.file-required', 'Send one file, as the field "file".');
        throw error;
      }),
    );
  }
}
