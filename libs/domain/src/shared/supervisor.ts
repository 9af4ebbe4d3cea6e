/**
 * Who supervises. The law on supervisory activities gives a People's Council several supervising
 * bodies — the council itself, its Standing Committee (Thường trực), its committees (Ban), groups
 * of deputies (Tổ đại biểu) and single deputies — at each level of local government. Every source
 * of follow-up names its supervisor, so the register can be read body by body and level by level.
 */
export const SUPERVISING_BODIES = [
  'council',
  'standing-committee',
  'committee',
  'deputy-group',
  'deputy',
] as const;
export type SupervisingBody = (typeof SUPERVISING_BODIES)[number];

/** Since the district level was abolished (1 July 2025), councils sit at two levels. */
export const COUNCIL_LEVELS = ['province', 'commune'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

export type Supervisor = Readonly<{
  body: SupervisingBody;
  level: CouncilLevel;
  /**
   * Which one, where a council has several of the kind: "Ban Pháp chế", "Tổ đại biểu số 3", a
   * deputy's name. The council and its Standing Committee are one each and need no name.
   */
  name?: string;
}>;

/** The bodies a council has several of: a supervisor of these kinds must be named. */
export const NAMED_BODIES: readonly SupervisingBody[] = ['committee', 'deputy-group', 'deputy'];

/**
 * The supervisor of what was recorded before supervisors were named: every delegation then was
 * the provincial council's own (the product began with a province's thematic supervision).
 */
export const PROVINCIAL_COUNCIL: Supervisor = { body: 'council', level: 'province' };
