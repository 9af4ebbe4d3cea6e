import { Injectable } from '@nestjs/common';
import { textKey } from '@hdnd/documents';
import { AgencyQueries, DelegationQueries, type Page } from '@hdnd/read-models';

/** Every item of a paged list, 200 at a time: the directories an import matches are small. */
const all = async <T>(list: (page: number) => Promise<Page<T>>): Promise<T[]> => {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const next = await list(page);
    items.push(...next.items);
    if (next.items.length < next.pageSize || items.length >= next.total) return items;
  }
};

/** An agency named in a register: the one it matches, or why none can be chosen. */
export type AgencyMatch =
  { readonly id: string } | { readonly unknown: true } | { readonly ambiguous: readonly string[] };

/**
 * The agency directory and the delegations already recorded, keyed as the register names
 * them: agencies by name without diacritics or case, delegations by resolution number and
 * title. Read once per import.
 */
export interface ImportDirectory {
  agency(name: string): AgencyMatch;
  /** The delegation already recorded under this resolution and title, if one is. */
  delegation(d: { title: string; resolutionNumber: string }): string | undefined;
}

@Injectable()
export class ImportDirectories {
  constructor(
    private readonly agencies: AgencyQueries,
    private readonly delegations: DelegationQueries,
  ) {}

  async read(): Promise<ImportDirectory> {
    const [agencies, delegations] = await Promise.all([
      all((page) => this.agencies.list({ page, pageSize: 200 })),
      all((page) => this.delegations.list({ page, pageSize: 200 })),
    ]);
    const byName = new Map<string, { id: string; name: string }[]>();
    for (const a of agencies) {
      const key = textKey(a.name);
      byName.set(key, [...(byName.get(key) ?? []), { id: a.id, name: a.name }]);
    }
    const delegationKey = (number: string, title: string) =>
      `${textKey(number)}\u0000${textKey(title)}`;
    const byResolution = new Map(
      delegations.map((d) => [delegationKey(d.legalBasis.number, d.title), d.id]),
    );
    return {
      agency: (name) => {
        const found = byName.get(textKey(name)) ?? [];
        if (found.length === 1) return { id: found[0]!.id };
        if (found.length === 0) return { unknown: true };
        return { ambiguous: found.map((a) => a.id) };
      },
      delegation: (d) => byResolution.get(delegationKey(d.resolutionNumber, d.title)),
    };
  }
}
