import { requestCookies } from './requestCookies';

describe('requestCookies', () => {
  it('keeps values as sent, for the reader that knows their encoding', () => {
    const cookies = requestCookies('stx_contact_DEMO_INTERNET_v1=%7B%22lang%22%3A%22en%22%7D; a=b=c');
    expect(cookies.get('stx_contact_DEMO_INTERNET_v1')).toBe('%7B%22lang%22%3A%22en%22%7D');
    expect(cookies.get('a')).toBe('b=c');
  });

  it('takes the first of two cookies with one name, the one the browser sends first (longer path)', () => {
    expect(requestCookies('stx_gw_session=own; stx_gw_session=tossed').get('stx_gw_session')).toBe('own');
  });

  it('reads no cookies from no header, an empty one or one without pairs', () => {
    for (const header of [undefined, '', ';;', 'novalue']) expect(requestCookies(header).size).toBe(0);
  });
});
