import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AuditCheckpoints } from './audit-checkpoints';
import { CheckpointWitness } from './checkpoint-witness';
import { LogExport } from './log-export';
import { LogIntegrity } from './log-integrity';
import { LogSearch } from './log-search';
import { StreamHistory } from './stream-history';
import { AUDIT_SIGNING_KEY, loadSigningKey, type SigningKey } from './signing-key';
import { TrustedKeys } from './trusted-keys';

export interface AuditOptions {
  readonly dataDir: string;
  /** Between signed checkpoints; 0 signs none on a schedule (on demand only). */
  readonly checkpointEveryMs: number;
  /** AUDIT_SIGNING_KEY as the operator set it; the key kept in `dataDir` without it. */
  readonly signingKeyPem?: string;
}

const EVERY_MS = Symbol('AUDIT_CHECKPOINT_EVERY_MS');

@Injectable()
class CheckpointSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly checkpoints: AuditCheckpoints,
    @Inject(EVERY_MS) private readonly everyMs: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.everyMs <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.checkpoints
        .sign()
        .catch((error: unknown) => this.logger.warn(`checkpoint not signed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.everyMs).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}

/** Tamper evidence: the signing key, checkpoints on a schedule and on demand, the integrity check. */
@Module({})
export class AuditModule {
  static forRoot(options: AuditOptions): DynamicModule {
    return {
      module: AuditModule,
      providers: [
        {
          provide: AUDIT_SIGNING_KEY,
          useFactory: () => loadSigningKey(options.dataDir, options.signingKeyPem),
        },
        { provide: CheckpointWitness, useValue: new CheckpointWitness(options.dataDir) },
        {
          provide: TrustedKeys,
          inject: [AUDIT_SIGNING_KEY],
          useFactory: (key: SigningKey) => new TrustedKeys(options.dataDir, key),
        },
        { provide: EVERY_MS, useValue: options.checkpointEveryMs },
        AuditCheckpoints,
        LogIntegrity,
        StreamHistory,
        LogExport,
        LogSearch,
        CheckpointSchedule,
      ],
      exports: [
        AuditCheckpoints,
        LogIntegrity,
        StreamHistory,
        LogExport,
        LogSearch,
        TrustedKeys,
        CheckpointWitness,
        AUDIT_SIGNING_KEY,
      ],
    };
  }
}
