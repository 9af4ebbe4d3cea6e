import { given } from '@hdnd/testing';
import type { AgencyEvent, RecordAgencySuccession } from '.';
import { agencyDecider, isAbolishedOn } from '.';

const cityRegistered: AgencyEvent = {
  type: 'AgencyRegistered',
  data: {
    agencyId: 'ubnd-tp-tay-ninh',
    name: 'Ủy ban nhân dân thành phố Tây Ninh',
    level: 'district',
    registeredOn: '2024-01-01',
  },
};

const succession = (
  over: Partial<RecordAgencySuccession['data']> = {},
): RecordAgencySuccession => ({
  type: 'RecordAgencySuccession',
  data: {
    agencyId: 'ubnd-tp-tay-ninh',
    successorId: 'ubnd-phuong-tan-ninh',
    effectiveOn: '2025-07-01',
    basis: 'Nghị quyết 1682/NQ-UBTVQH15 (sắp xếp đơn vị hành chính cấp xã)',
    successor: { agencyId: 'ubnd-phuong-tan-ninh', registered: true },
    successorChain: [],
    ...over,
  },
});

describe('Agency decider', () => {
  it('registers an agency with its Vietnamese name exactly as given', () => {
    expect(
      given(agencyDecider, []).when({ type: 'RegisterAgency', data: cityRegistered.data }),
    ).toEqual([cityRegistered]);
  });

  it('refuses to register the same agency twice', () => {
    expect(
      given(agencyDecider, [cityRegistered]).rejects({
        type: 'RegisterAgency',
        data: cityRegistered.data,
      }),
    ).toBe('agency.already-registered');
  });

  it('refuses a blank name', () => {
    expect(
      given(agencyDecider, []).rejects({
        type: 'RegisterAgency',
        data: { ...cityRegistered.data, name: '  ' },
      }),
    ).toBe('agency.name-required');
  });

  it('refuses an agency that is its own parent', () => {
    expect(
      given(agencyDecider, []).rejects({
        type: 'RegisterAgency',
        data: { ...cityRegistered.data, parentId: 'ubnd-tp-tay-ninh' },
      }),
    ).toBe('agency.own-parent');
  });

  it('refuses a parent that is not registered', () => {
    expect(
      given(agencyDecider, []).rejects({
        type: 'RegisterAgency',
        data: {
          ...cityRegistered.data,
          parentId: 'nope',
          parent: { agencyId: 'nope', registered: false },
        },
      }),
    ).toBe('agency.parent-unknown');
  });

  it('registers under a registered parent, keeping only its id in the event', () => {
    expect(
      given(agencyDecider, []).when({
        type: 'RegisterAgency',
        data: {
          ...cityRegistered.data,
          parentId: 'ubnd-tinh-tay-ninh',
          parent: { agencyId: 'ubnd-tinh-tay-ninh', registered: true },
        },
      }),
    ).toEqual([
      {
        type: 'AgencyRegistered',
        data: { ...cityRegistered.data, parentId: 'ubnd-tinh-tay-ninh' },
      },
    ]);
  });

  it('records a succession with its effective date and basis (the 2025 merger)', () => {
    const { successor: _successor, successorChain: _chain, ...data } = succession().data;
    expect(given(agencyDecider, [cityRegistered]).when(succession())).toEqual([
      { type: 'AgencySuccessionRecorded', data },
    ]);
  });

  it('refuses a second succession of the same agency', () => {
    const first = given(agencyDecider, [cityRegistered]).when(succession());
    expect(given(agencyDecider, [cityRegistered, ...first]).rejects(succession())).toBe(
      'agency.already-succeeded',
    );
  });

  it.each([
    ['an unregistered agency', [], succession(), 'agency.not-registered'],
    [
      'a successor that is the agency itself',
      [cityRegistered],
      succession({ successorId: 'ubnd-tp-tay-ninh' }),
      'agency.own-successor',
    ],
    [
      'an unknown successor',
      [cityRegistered],
      succession({ successor: { agencyId: 'ubnd-phuong-tan-ninh', registered: false } }),
      'agency.successor-unknown',
    ],
    [
      'a successor itself abolished by then',
      [cityRegistered],
      succession({
        successor: {
          agencyId: 'ubnd-phuong-tan-ninh',
          registered: true,
          succession: { successorId: 'x', effectiveOn: '2025-06-30' },
        },
      }),
      'agency.successor-abolished',
    ],
    [
      // The ward took the district's cases on 2025-07-01; passing them back "from 2025-06-01"
      // would send them round for ever.
      'a successor that already passes, in turn, to this agency (a loop)',
      [cityRegistered],
      succession({
        successor: {
          agencyId: 'ubnd-phuong-tan-ninh',
          registered: true,
          succession: { successorId: 'ubnd-tp-tay-ninh', effectiveOn: '2025-07-01' },
        },
        successorChain: ['ubnd-tp-tay-ninh'],
        effectiveOn: '2025-06-01',
      }),
      'agency.succession-cycle',
    ],
    [
      'a loop further down the chain',
      [cityRegistered],
      succession({ successorChain: ['ubnd-xa-a', 'ubnd-tp-tay-ninh'] }),
      'agency.succession-cycle',
    ],
    [
      'no legal basis',
      [cityRegistered],
      succession({ basis: '' }),
      'agency.succession-basis-required',
    ],
  ] as const)('refuses a succession with %s', (_label, history, command, code) => {
    expect(given(agencyDecider, history as readonly AgencyEvent[]).rejects(command)).toBe(code);
  });

  it('treats an agency as abolished from the effective date, not before', () => {
    const standing = {
      agencyId: 'a',
      registered: true,
      succession: { successorId: 'b', effectiveOn: '2025-07-01' },
    };
    expect(isAbolishedOn(standing, '2025-06-30')).toBe(false);
    expect(isAbolishedOn(standing, '2025-07-01')).toBe(true);
  });
});
