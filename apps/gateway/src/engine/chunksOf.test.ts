import { chunksOf } from './useEntityBatchSplit';

describe('chunksOf', () => {
  it('cuts where the next item would pass the budget, one item at least per chunk', () => {
    expect(chunksOf([40, 40, 40, 40, 40], 100)).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(chunksOf([150, 10], 100)).toEqual([[0, 1], [1, 2]]);
    expect(chunksOf([10, 10], 100)).toEqual([[0, 2]]);
  });
});
