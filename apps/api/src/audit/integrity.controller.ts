import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { Readable } from 'node:stream';
import {
  AUDIT_SIGNING_KEY,
  AuditCheckpoints,
  LogExport,
  LogIntegrity,
  type SigningKey,
} from '@hdnd/audit';
import { NotFound } from '@hdnd/application';
import type { IntegrityReport, LogCheckpoint } from '@hdnd/event-store';
import { NoBody } from '../http/no-body.pipe';
import { IdParam } from '../http/id-param.pipe';
import { IntegrityVerifications, type VerificationView } from './integrity-verifications';
import { Allow, AUDIT_READERS } from '../auth/access.decorator';

/** Tamper evidence: the chains over the log, the deployment's signed checkpoints, its key. */
@Controller('api/audit')
export class IntegrityController {
  constructor(
    private readonly integrity: LogIntegrity,
    private readonly checkpoints: AuditCheckpoints,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: SigningKey,
    private readonly exporter: LogExport,
    private readonly verifications: IntegrityVerifications,
  ) {}

  /**
   * Reads the whole log and checks every stream's hash chain, the chain over the log, and each
   * signed checkpoint (in the log and in the witness file): `firstBroken` names the first
   * position where the record was altered, removed, reordered or cut.
   */
  @Get('integrity')
  @Allow(...AUDIT_READERS)
  check(): Promise<IntegrityReport> {
    return this.integrity.check();
  }

  /**
   * Starts the same check as a job and answers at once (202): on a large log the check takes
   * minutes, and the reader follows it with GET …/verifications/:id. While one runs, answers
   * its id instead of starting another.
   */
  @Post('integrity/verifications')
  @HttpCode(202)
  @Allow(...AUDIT_READERS)
  verify(@Body(NoBody) _body: unknown): Promise<{ jobId: string }> {
    return this.verifications.start();
  }

  /** Where a verification stands (events checked of the log's length), and its report once done. */
  @Get('integrity/verifications/:id')
  @Allow(...AUDIT_READERS)
  verification(@Param('id', IdParam) id: string): VerificationView {
    const job = this.verifications.find(id);
    if (!job) throw new NotFound('job', id);
    return job;
  }

  /** The signed checkpoints, oldest first: keep a copy to verify the log against later. */
  @Get('checkpoints')
  @Allow(...AUDIT_READERS)
  async list(): Promise<{ items: LogCheckpoint[] }> {
    return { items: await this.checkpoints.list() };
  }

  /** Signs a checkpoint over the log as it stands now (they are also signed on a schedule). */
  @Post('checkpoints')
  @HttpCode(201)
  @Allow('admin')
  async sign(@Body(NoBody) _body: unknown): Promise<LogCheckpoint> {
    return (await this.checkpoints.sign({ always: true }))!;
  }

  /**
   * The whole log as JSON lines (application/x-ndjson), streamed: a header with the public keys,
   * then every event with its hashes, checkpoints included. `npm run cli -- restore` loads it.
   */
  @Get('export')
  @Allow(...AUDIT_READERS)
  export(): StreamableFile {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return new StreamableFile(Readable.from(this.exporter.lines()), {
      type: 'application/x-ndjson',
      disposition: `attachment; filename="hdnd-log-${stamp}.ndjson"`,
    });
  }

  /** The deployment's public key (Ed25519, SPKI PEM): what verifies the checkpoints. */
  @Get('public-key')
  @Allow(...AUDIT_READERS)
  publicKey(): { keyId: string; algorithm: 'Ed25519'; publicKey: string } {
    return { keyId: this.key.keyId, algorithm: 'Ed25519', publicKey: this.key.publicKeyPem };
  }
}
