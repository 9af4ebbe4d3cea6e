import type { Account } from '@hdnd/identity';

/** The e-mail notices a user chose, as the API shows them; nothing chosen yet is all off. */
export interface NoticeChoiceView {
  /** Where digests go; null: no address, nothing is sent. */
  readonly email: string | null;
  readonly reminders: boolean;
  readonly missedDeadlines: boolean;
}

export const noticeChoiceView = (user: Account): NoticeChoiceView => ({
  email: user.notices?.email ?? null,
  reminders: user.notices?.reminders ?? false,
  missedDeadlines: user.notices?.missedDeadlines ?? false,
});
