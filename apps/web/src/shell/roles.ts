/** The API's roles (its user accounts say which one each person has). */
export const ROLES = ['admin', 'secretariat', 'member', 'agency', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** The catalogue key of each role's name. */
export const ROLE_LABELS = {
  admin: 'roles.admin',
  secretariat: 'roles.secretariat',
  member: 'roles.member',
  agency: 'roles.agency',
  auditor: 'roles.auditor',
} as const satisfies Record<Role, `roles.${Role}`>;
