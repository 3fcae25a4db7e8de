import { describe, expect, it } from 'vitest';
import { createdItem, findItem, listIn, withItems } from './created-items.ts';

describe('create-then-list', () => {
  const template = { id: 7, number: 1347, title: 'Example', body: null, labels: [] };

  it('a created item takes the request fields the example has (same type, or where it has null) and the next id and number', () => {
    expect(createdItem(template, { title: 'Mine', body: 'text', labels: 'not-a-list', extra: 1 }, [])).toEqual({ id: 8, number: 1348, title: 'Mine', body: 'text', labels: [] });
    expect(createdItem(template, {}, [{ id: 20, number: 1400 }])).toMatchObject({ id: 21, number: 1401 });
    expect(createdItem({ id: 'cus_1' }, {}, [{}, {}])).toEqual({ id: 'cus_1-3' });
  });

  it('lists come first newest, in an array or in the only array field, with its count', () => {
    expect(withItems([{ id: 1 }], [{ id: 2 }, { id: 3 }])).toEqual([{ id: 3 }, { id: 2 }, { id: 1 }]);
    expect(withItems({ total_count: 1, items: [{ id: 1 }] }, [{ id: 2 }])).toEqual({ total_count: 2, items: [{ id: 2 }, { id: 1 }] });
    expect(listIn({ a: [], b: [] })).toBeNull();
  });

  it('finds a created item by id, number, name, key or slug', () => {
    expect(findItem([{ number: 5, title: 'x' }], '5')).toEqual({ number: 5, title: 'x' });
    expect(findItem([{ id: 5 }], '6')).toBeUndefined();
  });
});
