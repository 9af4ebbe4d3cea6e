import { given } from '@hdnd/testing';
import {
  userDecider,
  type ChooseNotices,
  type DisableUser,
  type EnableUser,
  type GrantRole,
  type RegisterUser,
  type UserEvent,
} from '.';

const province = { agencyId: 'ubnd-tinh-tay-ninh', registered: true } as const;
const abolishedCity = {
  agencyId: 'ubnd-tp-tay-ninh',
  registered: true,
  succession: { successorId: 'ubnd-phuong-tan-ninh', effectiveOn: '2025-07-01' },
} as const;

const established = (delegationId: string) => ({ delegationId, established: true });

const register = (over: Partial<RegisterUser['data']> = {}): RegisterUser => ({
  type: 'RegisterUser',
  data: {
    userId: 'u-1',
    username: 'vp.ubnd',
    displayName: 'Văn phòng UBND tỉnh Tây Ninh',
    role: 'agency',
    agencyId: province.agencyId,
    agency: province,
    registeredOn: '2024-04-01',
    ...over,
  },
});

const registered: UserEvent = {
  type: 'UserRegistered',
  data: {
    userId: 'u-1',
    username: 'vp.ubnd',
    displayName: 'Văn phòng UBND tỉnh Tây Ninh',
    registeredOn: '2024-04-01',
    role: 'agency',
    agencyId: province.agencyId,
  },
};

const grant = (over: Partial<GrantRole['data']> = {}): GrantRole => ({
  type: 'GrantRole',
  data: {
    userId: 'u-1',
    role: 'auditor',
    reason: 'Chuyển sang Ban kiểm tra',
    grantedOn: '2025-01-02',
    ...over,
  },
});

describe('User decider', () => {
  it('registers an agency user bound to its agency, without the looked-up standing', () => {
    expect(given(userDecider, []).when(register())).toEqual([registered]);
  });

  it('registers a member bound to its delegations, without their looked-up standings', () => {
    const [event] = given(userDecider, []).when(
      register({
        role: 'member',
        agencyId: undefined,
        agency: undefined,
        delegationIds: ['d-1', 'd-2'],
        delegations: [established('d-1'), established('d-2')],
      }),
    );
    expect(event?.data).toEqual({
      userId: 'u-1',
      username: 'vp.ubnd',
      displayName: 'Văn phòng UBND tỉnh Tây Ninh',
      registeredOn: '2024-04-01',
      role: 'member',
      delegationIds: ['d-1', 'd-2'],
    });
  });

  it('refuses a member bound to a delegation never established', () => {
    expect(
      given(userDecider, []).rejects(
        register({
          role: 'member',
          agencyId: undefined,
          agency: undefined,
          delegationIds: ['d-1', 'nope-deleg'],
          delegations: [established('d-1'), { delegationId: 'nope-deleg', established: false }],
        }),
      ),
    ).toBe('user.delegation-unknown');
  });

  it('refuses a member bound to the same delegation twice', () => {
    expect(
      given(userDecider, []).rejects(
        register({
          role: 'member',
          agencyId: undefined,
          agency: undefined,
          delegationIds: ['d-1', 'd-1'],
          delegations: [established('d-1'), established('d-1')],
        }),
      ),
    ).toBe('user.delegations-repeated');
  });

  it('refuses to register the same user twice', () => {
    expect(given(userDecider, [registered]).rejects(register())).toBe('user.already-registered');
  });

  it.each(['ad', 'Admin', 'has space', '-dash-first', 'x'.repeat(65)])(
    'refuses the username %j',
    (username) => {
      expect(given(userDecider, []).rejects(register({ username }))).toBe('user.username-invalid');
    },
  );

  it('refuses a blank display name', () => {
    expect(given(userDecider, []).rejects(register({ displayName: ' ' }))).toBe(
      'user.display-name-required',
    );
  });

  it('refuses a role docs/security.md does not define', () => {
    expect(
      given(userDecider, []).rejects(register({ role: 'superuser' as never, agencyId: undefined })),
    ).toBe('user.role-unknown');
  });

  it('refuses an agency user without an agency', () => {
    expect(
      given(userDecider, []).rejects(register({ agencyId: undefined, agency: undefined })),
    ).toBe('user.agency-required');
  });

  it('refuses to bind a user to an unregistered agency', () => {
    expect(
      given(userDecider, []).rejects(
        register({ agencyId: 'nowhere', agency: { agencyId: 'nowhere', registered: false } }),
      ),
    ).toBe('user.agency-unknown');
  });

  it('refuses to bind a user to an agency abolished by the 2025 merger', () => {
    expect(
      given(userDecider, []).rejects(
        register({
          agencyId: abolishedCity.agencyId,
          agency: abolishedCity,
          registeredOn: '2025-07-01',
        }),
      ),
    ).toBe('user.agency-abolished');
  });

  it('refuses an agency binding on a role that is not agency', () => {
    expect(given(userDecider, []).rejects(register({ role: 'secretariat' }))).toBe(
      'user.agency-not-allowed',
    );
  });

  it('refuses delegation bindings on a role that is not member', () => {
    expect(
      given(userDecider, []).rejects(
        register({ role: 'auditor', agencyId: undefined, delegationIds: ['d-1'] }),
      ),
    ).toBe('user.delegations-not-allowed');
  });

  it('records a change of role with its reason and drops the old binding', () => {
    const history = [registered, ...given(userDecider, [registered]).when(grant())];
    expect(history[1]).toEqual({
      type: 'RoleGranted',
      data: {
        userId: 'u-1',
        role: 'auditor',
        reason: 'Chuyển sang Ban kiểm tra',
        grantedOn: '2025-01-02',
      },
    });
    expect(given(userDecider, history).state()).toEqual({
      status: 'active',
      userId: 'u-1',
      username: 'vp.ubnd',
      displayName: 'Văn phòng UBND tỉnh Tây Ninh',
      role: 'auditor',
    });
  });

  it('refuses a change of role without a reason, or for nobody', () => {
    expect(given(userDecider, [registered]).rejects(grant({ reason: '' }))).toBe(
      'user.grant-reason-required',
    );
    expect(given(userDecider, []).rejects(grant())).toBe('user.not-registered');
  });

  it('records that a password was reset, and nothing of the password', () => {
    const reset = {
      type: 'ResetPassword',
      data: { userId: 'u-1', resetOn: '2025-03-04' },
    } as const;
    expect(given(userDecider, [registered]).when(reset)).toEqual([
      { type: 'PasswordReset', data: { userId: 'u-1', resetOn: '2025-03-04' } },
    ]);
    expect(given(userDecider, []).rejects(reset)).toBe('user.not-registered');
  });

  const disable = (reason = 'Nghỉ hưu'): DisableUser => ({
    type: 'DisableUser',
    data: { userId: 'u-1', reason, disabledOn: '2025-05-01' },
  });
  const enable = (reason = 'Tái tuyển dụng'): EnableUser => ({
    type: 'EnableUser',
    data: { userId: 'u-1', reason, enabledOn: '2025-06-01' },
  });
  const disabled: UserEvent = { type: 'UserDisabled', data: disable().data };

  it('disables an account with its reason, keeping its grant', () => {
    expect(given(userDecider, [registered]).when(disable())).toEqual([disabled]);
    expect(given(userDecider, [registered, disabled]).state()).toMatchObject({
      status: 'disabled',
      role: 'agency',
      agencyId: province.agencyId,
    });
  });

  it('refuses to disable an account twice, without a reason, or for nobody', () => {
    expect(given(userDecider, [registered, disabled]).rejects(disable())).toBe(
      'user.already-disabled',
    );
    expect(given(userDecider, [registered]).rejects(disable(' '))).toBe(
      'user.disable-reason-required',
    );
    expect(given(userDecider, []).rejects(disable())).toBe('user.not-registered');
  });

  it('enables a disabled account again with the grant it had', () => {
    const events = given(userDecider, [registered, disabled]).when(enable());
    expect(events).toEqual([{ type: 'UserEnabled', data: enable().data }]);
    expect(given(userDecider, [registered, disabled, ...events]).state()).toMatchObject({
      status: 'active',
      role: 'agency',
    });
  });

  it('refuses to enable an active account, or without a reason', () => {
    expect(given(userDecider, [registered]).rejects(enable())).toBe('user.not-disabled');
    expect(given(userDecider, [registered, disabled]).rejects(enable(''))).toBe(
      'user.enable-reason-required',
    );
  });

  it('keeps a disabled account disabled through a change of its grant', () => {
    const history = [
      registered,
      disabled,
      ...given(userDecider, [registered, disabled]).when(grant()),
    ];
    expect(given(userDecider, history).state()).toMatchObject({
      status: 'disabled',
      role: 'auditor',
    });
  });

  const choose = (over: Partial<ChooseNotices['data']> = {}): ChooseNotices => ({
    type: 'ChooseNotices',
    data: {
      userId: 'u-1',
      email: 'vanphong@tayninh.gov.vn',
      reminders: true,
      missedDeadlines: false,
      chosenOn: '2025-01-08',
      ...over,
    },
  });

  it('records the notices a user chose, which the state keeps through a change of grant', () => {
    const chosen = given(userDecider, [registered]).when(choose());
    expect(chosen).toEqual([{ type: 'NoticesChosen', data: choose().data }]);
    const history = [registered, ...chosen];
    expect(given(userDecider, history).state()).toMatchObject({
      notices: { email: 'vanphong@tayninh.gov.vn', reminders: true, missedDeadlines: false },
    });
    const regranted = [...history, ...given(userDecider, history).when(grant())];
    expect(given(userDecider, regranted).state()).toMatchObject({
      role: 'auditor',
      notices: { email: 'vanphong@tayninh.gov.vn' },
    });
  });

  it('records a choice without an address: nothing is sent to the user', () => {
    const [event] = given(userDecider, [registered]).when(choose({ email: undefined }));
    expect(event?.data).toEqual({
      userId: 'u-1',
      reminders: true,
      missedDeadlines: false,
      chosenOn: '2025-01-08',
    });
  });

  it.each([
    'not-an-address',
    'a@b',
    'hai @tayninh.gov.vn',
    '.dot@tayninh.gov.vn',
    'x@-bad.vn',
    'a@b..vn',
  ])('refuses the e-mail address %j', (email) => {
    expect(given(userDecider, [registered]).rejects(choose({ email }))).toBe('user.email-invalid');
  });

  it('refuses a choice for nobody, or one that is not true or false', () => {
    expect(given(userDecider, []).rejects(choose())).toBe('user.not-registered');
    expect(
      given(userDecider, [registered]).rejects(choose({ reminders: 'yes' as unknown as boolean })),
    ).toBe('user.reminders-invalid');
  });
});
