import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFound } from '@hdnd/application';
import { writeRegisterXlsx } from '@hdnd/documents';
import { Allow } from '../auth/access.decorator';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import type { ImportJobView } from './import-jobs';
import type { ImportReport } from './import-report';
import { ImportRefused } from './import-refused';
import { ImportFile, ImportUploadRefusals } from './import-upload.interceptor';
import { ImportQuery } from './import.query';
import { PetitionImportQuery } from './petition-import.query';
import type { PetitionImportReport } from './petition-import-report';
import { PetitionImports } from './petition-imports';
import { RecommendationImports } from './recommendation-imports';

/** Who records a whole register at once: the secretariat, and the administrator. */
const IMPORTERS = ['secretariat', 'admin'] as const;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function* noLines() {}

/** What multer keeps of the uploaded file, in memory. */
interface UploadedRegister {
  readonly buffer: Buffer;
  readonly size: number;
  /** As multer reads it from the header: UTF-8 bytes taken as Latin-1. */
  readonly originalname: string;
}

/** Nhập từ Excel: a register of recommendations in the export's format, checked, then recorded. */
@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly imports: RecommendationImports,
    private readonly petitions: PetitionImports,
  ) {}

  /**
   * Upload a register (multipart, field `file`: XLSX or UTF-8 CSV, at most 10 MB). A dry run
   * (the default) answers 200 with the report of every row; `dryRun=false` answers 202 with
   * the job recording the rows that pass, and its Location.
   */
  @Post('recommendations')
  @Allow(...IMPORTERS)
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ description: 'Dry run: the report of every row; nothing recorded.' })
  @ApiAcceptedResponse({ description: 'The job recording the rows that pass; Location names it.' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'The register: XLSX or CSV.' },
      },
    },
  })
  @UseInterceptors(ImportUploadRefusals, ImportFile)
  async upload(
    @UploadedFile() file: UploadedRegister | undefined,
    @Query() query: ImportQuery,
    @CommandContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportReport | ImportJobView> {
    if (!file || file.size === 0)
      throw new ImportRefused('import.file-required', 'Send the register as the field "file".');
    const name = Buffer.from(file.originalname, 'latin1').toString('utf8');
    if (query.dryRun !== false) {
      response.status(200);
      return this.imports.dryRun(file.buffer, name);
    }
    const job = await this.imports.start(file.buffer, name, context);
    response.status(202);
    response.location(`/api/imports/${job.id}`);
    return job;
  }

  /**
   * Upload a table of voters' petitions (multipart, field `file`: XLSX or UTF-8 CSV with the
   * columns STT, Nội dung kiến nghị, Nơi/đơn vị cử tri, Cơ quan giải quyết) into the round
   * `roundId`. A dry run (the default) answers 200 with the report of every row; `dryRun=false`
   * records the rows that pass, in batches of the round, and answers 201 with the report and
   * what it recorded.
   */
  @Post('petitions')
  @Allow(...IMPORTERS)
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ description: 'Dry run: the report of every row; nothing recorded.' })
  @ApiCreatedResponse({ description: 'The rows that pass, recorded: the report and the counts.' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'The table: XLSX or CSV.' },
      },
    },
  })
  @UseInterceptors(ImportUploadRefusals, ImportFile)
  async uploadPetitions(
    @UploadedFile() file: UploadedRegister | undefined,
    @Query() query: PetitionImportQuery,
    @CommandContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PetitionImportReport> {
    if (!file || file.size === 0)
      throw new ImportRefused('import.file-required', 'Send the table as the field "file".');
    if (query.dryRun !== false) {
      response.status(200);
      return this.petitions.dryRun(file.buffer, query.roundId);
    }
    response.status(201);
    return this.petitions.run(file.buffer, query.roundId, context);
  }

  /** The register's template: the export's headers and nothing else, as XLSX. */
  @Get('recommendations/template')
  @Allow(...IMPORTERS)
  async template(@Res() response: Response): Promise<void> {
    response.status(200);
    response.attachment('mau-so-theo-doi-kien-nghi.xlsx');
    response.type(XLSX);
    response.setHeader('Cache-Control', 'private, no-store');
    await writeRegisterXlsx(noLines(), response);
    if (!response.writableEnded) response.end();
  }

  /** Where an import stands: rows done of rows to record, and its report. */
  @Get(':id')
  @Allow(...IMPORTERS)
  @HttpCode(200)
  job(@Param('id', IdParam) id: string): ImportJobView {
    const job = this.imports.job(id);
    if (!job) throw new NotFound('import', id);
    return job;
  }
}
