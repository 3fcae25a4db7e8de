import { describe, expect, it } from 'vitest';
import { createCompanyState } from './data.ts';
import { parseQuery, selectRows } from './query.ts';
import { QboFault } from './respond.ts';

describe('parseQuery', () => {
  it('reads fields, entity, conditions, order and paging', () => {
    expect(parseQuery("select Id, DisplayName from vendor where Active = true and DisplayName like '%and%' orderby DisplayName desc startposition 2 maxresults 5")).toEqual({
      select: ['Id', 'DisplayName'],
      entity: 'Vendor',
      where: [
        { field: 'Active', op: '=', values: [true] },
        { field: 'DisplayName', op: 'like', values: ['%and%'] },
      ],
      orderBy: [{ field: 'DisplayName', desc: true }],
      startPosition: 2,
      maxResults: 5,
    });
  });

  it('does not split on an AND inside quotes', () => {
    expect(parseQuery("select * from Vendor where DisplayName = 'Bread and Butter'").where).toEqual([{ field: 'DisplayName', op: '=', values: ['Bread and Butter'] }]);
  });

  const invalidQueries: Array<[defect: string, query: string | null, reason: string]> = [
    ['missing', null, 'query is missing'],
    ['no from', 'select *', 'expected "select <fields> from <Entity>'],
    ['unknown entity', 'select * from Employee', 'unknown entity "Employee"'],
    ['unquoted string', 'select * from Vendor where DisplayName = Bessie', 'cannot read the value Bessie'],
    ['IN without parentheses', "select * from Vendor where Id in '30'", 'IN needs a list in parentheses'],
    ['page too large', 'select * from Vendor maxresults 5000', 'MAXRESULTS must be 1 to 1000'],
  ];
  it.each(invalidQueries)('rejects a query with %s as QuickBooks does (4000)', (_defect, query, reason) => {
    let thrown: unknown;
    try {
      parseQuery(query);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(QboFault);
    expect((thrown as QboFault).error).toBe('query-parse');
    expect(String((thrown as QboFault).vars.reason)).toContain(reason);
  });
});

describe('selectRows', () => {
  const state = createCompanyState();
  const names = (query: string) => selectRows(state, parseQuery(query)).map((row) => row.Name ?? row.DisplayName);

  it('hides inactive name-list entities unless the query asks about Active', () => {
    expect(names('select * from Account')).not.toContain('Supplies');
    expect(names('select * from Account where Active in (true, false)')).toContain('Supplies');
  });

  it('compares numbers numerically and orders by a field', () => {
    expect(names('select * from Account where CurrentBalance > 500 orderby CurrentBalance desc')).toEqual(['Checking', 'Savings', 'Inventory Asset']);
  });

  it('returns copies that do not change the state', () => {
    const [row] = selectRows(state, parseQuery("select * from Vendor where Id = '30'"));
    row!.DisplayName = 'changed';
    expect(names("select * from Vendor where Id = '30'")).toEqual(['Books by Bessie']);
  });
});
