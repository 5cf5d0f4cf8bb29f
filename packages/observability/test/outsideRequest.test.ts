import { currentRequest, outsideRequest, runInRequest } from '../src';

/** Work a request starts for every caller (the catalog's checks and exports) is nobody's: no caller's share can stop it. */
describe('outsideRequest', () => {
  it('runs without the request, through every await, and leaves the request as it was', async () => {
    await runInRequest({ requestId: 'r1', callers: ['contact:1'] }, async () => {
      const seen = await outsideRequest(async () => {
        await new Promise((r) => setTimeout(r, 1));
        return currentRequest();
      });
      expect(seen).toBeUndefined();
      expect(currentRequest()?.callers).toEqual(['contact:1']);
    });
  });
});
