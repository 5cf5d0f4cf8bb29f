import { turnOrder } from './turnOrder';

describe('turnOrder', () => {
  it('gives every system the first turn once in as many rounds as there are systems', () => {
    const systems = ['ours', 'apollo', 'rust'];
    const orders = [0, 1, 2].map((round) => turnOrder(systems, round));
    expect(orders).toEqual([
      ['ours', 'apollo', 'rust'],
      ['apollo', 'rust', 'ours'],
      ['rust', 'ours', 'apollo'],
    ]);
    expect(turnOrder(systems, 3)).toEqual(orders[0]);
    expect(turnOrder([], 4)).toEqual([]);
  });
});
