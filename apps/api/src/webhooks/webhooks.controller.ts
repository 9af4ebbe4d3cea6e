import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  businessToday,
  CLOCK,
  DeciderExecutor,
  ID_GENERATOR,
  NotFound,
  type IdGenerator,
} from '@hdnd/application';
import { SubmitWebhookCommand, WEBHOOK_OUTBOX, type WebhookOutbox } from '@hdnd/webhooks';
import { streamIds, webhookDecider } from '@hdnd/domain';
import { EVENT_STORE, type Clock, type EventStore } from '@hdnd/event-store';
import { Allow } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { Principal } from '../auth/principal';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { DisableWebhookDto, RegisterWebhookDto } from './webhook.dto';

/**
 * Webhooks: an agency (or an admin for it) is told, signed, of recommendations issued to it,
 * reminders, missed deadlines and assessments. The secret is answered once, at registration.
 */
@Controller('api/webhooks')
@Allow('admin', 'agency')
export class WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly executor: DeciderExecutor,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_OUTBOX) private readonly outbox: WebhookOutbox,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  async register(
    @Body() { id, agencyId, ...body }: RegisterWebhookDto,
    @CurrentUser() user: Principal,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer & { secret?: string }> {
    if (user.role === 'agency' && agencyId !== undefined && agencyId !== user.agencyId)
      throw new ForbiddenException('An agency registers webhooks for its own cases only.');
    const owner = user.role === 'agency' ? user.agencyId : agencyId;
    const data = {
      ...body,
      webhookId: id ?? this.ids.next(),
      registeredOn: businessToday(this.clock),
      ...(owner !== undefined && { agencyId: owner }),
    };
    const result = await this.commands.execute(
      new SubmitWebhookCommand({ type: 'RegisterWebhook', data }, context),
    );
    return { ...answer(result), ...(result.secret !== undefined && { secret: result.secret }) };
  }

  @Get()
  async list(@CurrentUser() user: Principal) {
    const items = [];
    for (const webhookId of this.outbox.webhookIds()) {
      const { state } = await this.executor.loadState(streamIds.webhook(webhookId), webhookDecider);
      if (state.status === 'none') continue;
      if (user.role === 'agency' && state.agencyId !== user.agencyId) continue;
      items.push(state);
    }
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  /** Deliveries that exhausted their retries, each with its reason. */
  @Get(':id/failures')
  async failures(@Param('id', IdParam) id: string, @CurrentUser() user: Principal) {
    await this.owned(id, user);
    const items = [];
    for await (const event of this.store.readStream(streamIds.webhook(id)))
      if (event.type === 'WebhookDeliveryFailed') items.push(event.data);
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  @Post(':id/disable')
  @HttpCode(200)
  async disable(
    @Param('id', IdParam) id: string,
    @Body() { reason }: DisableWebhookDto,
    @CurrentUser() user: Principal,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    await this.owned(id, user);
    const data = { webhookId: id, reason, disabledOn: businessToday(this.clock) };
    return answer(
      await this.commands.execute(
        new SubmitWebhookCommand({ type: 'DisableWebhook', data }, context),
      ),
    );
  }

  /**
   * Another agency's webhook and one that does not exist are the same 403 to an agency user:
   * whether an id exists is not told before who may see it is settled.
   */
  private async owned(id: string, user: Principal): Promise<void> {
    const { state } = await this.executor.loadState(streamIds.webhook(id), webhookDecider);
    if (user.role === 'agency' && (state.status === 'none' || state.agencyId !== user.agencyId))
      throw new ForbiddenException('This webhook is not one your agency registered.');
    if (state.status === 'none') throw new NotFound('webhook', id);
  }
}
