import { ROLES } from '../../shell/roles';
import { OBSTACLE_STATUSES } from './obstacle';
import { isOpen, obstacleActions } from './obstacle-actions';

describe('the actions an obstacle’s page offers', () => {
  it('offers the secretariat every step while the obstacle is open', () => {
    for (const status of ['recorded', 'assigned', 'referred'] as const)
      expect(obstacleActions('secretariat', status)).toEqual([
        'assign',
        'refer',
        'merge',
        'resolve',
      ]);
  });

  it('offers an agency’s officer only to resolve it, as the API allows', () => {
    expect(obstacleActions('agency', 'assigned')).toEqual(['resolve']);
  });

  it('offers nothing to those who only read', () => {
    for (const role of ['admin', 'member', 'auditor'] as const)
      expect(obstacleActions(role, 'recorded')).toEqual([]);
    expect(obstacleActions(undefined, 'recorded')).toEqual([]);
  });

  it('offers nothing on an obstacle merged into another or resolved, to anyone', () => {
    for (const role of ROLES) {
      expect(obstacleActions(role, 'merged')).toEqual([]);
      expect(obstacleActions(role, 'resolved')).toEqual([]);
    }
  });

  it('knows every status the API gives', () => {
    expect(OBSTACLE_STATUSES.filter(isOpen)).toEqual(['recorded', 'assigned', 'referred']);
  });
});
