import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { streamIds, webhookDecider, type WebhookCommand } from '@hdnd/domain';
import { DeciderExecutor, type CommandContext, type CommandResult } from '@hdnd/application';
import { checkTarget } from './target-guard';
import type { WebhookOutbox } from './webhook-outbox';
import { WEBHOOK_OUTBOX, WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

export class SubmitWebhookCommand extends Command<CommandResult & { secret?: string }> {
  constructor(
    readonly input: WebhookCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Registers (after the SSRF guard, with a secret made here and shown once), disables, records
 * final delivery failures. The secret goes to the outbox file, never to the log.
 */
@CommandHandler(SubmitWebhookCommand)
export class SubmitWebhookCommandHandler implements ICommandHandler<SubmitWebhookCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    @Inject(WEBHOOK_OUTBOX) private readonly outbox: WebhookOutbox,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async execute({
    input,
    context,
  }: SubmitWebhookCommand): Promise<CommandResult & { secret?: string }> {
    const { webhookId } = input.data;
    if (input.type === 'RegisterWebhook' && URL.canParse(input.data.url))
      await checkTarget(input.data.url, this.settings);
    const result = await this.executor.execute({
      streamId: streamIds.webhook(webhookId),
      decider: webhookDecider,
      context,
      mustExist: input.type === 'RegisterWebhook' ? undefined : { kind: 'webhook', id: webhookId },
      answer: { id: webhookId },
      command: async () => input,
    });
    if (input.type !== 'RegisterWebhook' || result.replayed) return result;
    const secret = randomBytes(32).toString('base64url');
    this.outbox.setSecret(webhookId, secret);
    return { ...result, secret };
  }
}
