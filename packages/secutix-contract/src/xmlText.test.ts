import { isXmlCodePoint, nonXmlCharacter } from './xmlText';

describe('text XML 1.0 can carry', () => {
  it('takes letters of any script, emoji, tab, line feed and carriage return', () => {
    for (const text of ['Zoë Müller-Łukasz', '東京 🎭', 'line 1\nline 2\r\n\tend', '']) expect(nonXmlCharacter(text)).toBeUndefined();
  });

  it('names the first control character, non-character or lone surrogate', () => {
    expect(nonXmlCharacter('a\u0000b')).toBe('U+0000');
    expect(nonXmlCharacter('bell\u0007')).toBe('U+0007');
    expect(nonXmlCharacter('x\u001Fy\u0000')).toBe('U+001F');
    expect(nonXmlCharacter('\uFFFE')).toBe('U+FFFE');
    expect(nonXmlCharacter('half \uD83C pair')).toBe('U+D83C');
    expect(nonXmlCharacter('\uDFAD')).toBe('U+DFAD');
  });

  it('tells which numeric references name a character XML allows', () => {
    expect([0x9, 0xa, 0xd, 0x20, 0xe9, 0x1f3ad].map(isXmlCodePoint)).toEqual([true, true, true, true, true, true]);
    expect([0x0, 0x8, 0xb, 0x1f, 0xd800, 0xfffe, 0x110000].map(isXmlCodePoint)).toEqual([false, false, false, false, false, false, false]);
  });
});
