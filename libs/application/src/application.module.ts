import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { systemClock } from '@hdnd/event-store';
import { SubmitAgencyCommandHandler } from './agencies/submit-agency-command';
import { SuccessionPolicy } from './agencies/succession-policy';
import { ReopenedCaseHandover } from './agencies/reopened-case-handover';
import { DeciderExecutor } from './command-handling/decider-executor';
import { Standings } from './command-handling/standings';
import { SubmitDelegationCommandHandler } from './delegations/submit-delegation-command';
import { SubmitInterpellationCommandHandler } from './interpellations/submit-interpellation-command';
import { PetitionAnswers } from './petitions/answer-petitions';
import { SubmitPetitionRoundCommandHandler } from './petitions/submit-petition-round-command';
import { SubmitCommitteeSupervisionCommandHandler } from './committee-supervisions/submit-committee-supervision-command';
import { SubmitExplanationSessionCommandHandler } from './explanation-sessions/submit-explanation-session-command';
import {
  EventStoreModule,
  type EventStoreModuleOptions,
} from './infrastructure/event-store.module';
import { CLOCK, ID_GENERATOR, uuidGenerator, type IdGenerator } from './infrastructure/tokens';
import { AnnouncedCalendar } from './calendar/announced-calendar';
import { SubmitCalendarCommandHandler } from './calendar/submit-calendar-command';
import { SubmitObstacleCommandHandler } from './obstacles/submit-obstacle-command';
import { SubmitRecommendationCommandHandler } from './recommendations/submit-recommendation-command';

export interface ApplicationModuleOptions extends EventStoreModuleOptions {
  readonly ids?: IdGenerator;
}

/**
 * Command handling on @nestjs/cqrs's CommandBus. The bus only routes: every handler goes
 * through DeciderExecutor to the event log. No AggregateRoot, no EventPublisher, and nothing
 * listens on the in-memory EventBus — projections read the log from their own checkpoints.
 */
@Module({})
export class ApplicationModule {
  static forRoot(options: ApplicationModuleOptions): DynamicModule {
    return {
      module: ApplicationModule,
      // Global: the feature modules (identity, webhooks, audit, the API's) use the buses too.
      global: true,
      imports: [CqrsModule.forRoot(), EventStoreModule.forRoot(options)],
      providers: [
        { provide: ID_GENERATOR, useValue: options.ids ?? uuidGenerator },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        DeciderExecutor,
        Standings,
        SubmitAgencyCommandHandler,
        SuccessionPolicy,
        ReopenedCaseHandover,
        SubmitDelegationCommandHandler,
        SubmitInterpellationCommandHandler,
        SubmitPetitionRoundCommandHandler,
        PetitionAnswers,
        SubmitCommitteeSupervisionCommandHandler,
        SubmitExplanationSessionCommandHandler,
        SubmitRecommendationCommandHandler,
        SubmitObstacleCommandHandler,
        SubmitCalendarCommandHandler,
        AnnouncedCalendar,
      ],
      exports: [
        CqrsModule,
        DeciderExecutor,
        Standings,
        SuccessionPolicy,
        AnnouncedCalendar,
        PetitionAnswers,
        ID_GENERATOR,
        CLOCK,
      ],
    };
  }
}
