import { foundIn, pathOf, searchKindsFor } from './search-kinds';

describe('what the header search looks through', () => {
  it('searches only what the role may open', () => {
    expect(searchKindsFor('secretariat')).toEqual([
      'recommendations',
      'delegations',
      'obstacles',
      'agencies',
    ]);
    // An agency's officer has no delegations page.
    expect(searchKindsFor('agency')).toEqual(['recommendations', 'obstacles', 'agencies']);
  });

  it('names each found thing by its own field and leads to its page', () => {
    expect(foundIn('recommendations', [{ id: 'kn-1', text: 'Đề nghị khôi phục dữ liệu' }])).toEqual(
      [
        {
          kind: 'recommendations',
          label: 'Đề nghị khôi phục dữ liệu',
          path: '/recommendations/kn-1',
        },
      ],
    );
    expect(foundIn('agencies', [{ id: 'ubnd tinh', name: 'UBND tỉnh' }])[0]?.path).toBe(
      '/agencies/ubnd%20tinh',
    );
  });

  it('leaves out an item without an id or a name', () => {
    expect(foundIn('obstacles', [{ id: 'kk-1' }, { statement: 'Không có mã' }])).toEqual([]);
  });

  it('builds a page address from a kind and an id', () => {
    expect(pathOf('delegations', 'dgs-2024')).toBe('/delegations/dgs-2024');
  });
});
