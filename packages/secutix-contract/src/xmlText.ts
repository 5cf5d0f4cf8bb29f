/**
 * Characters XML 1.0 has no place for (its `Char` production): the C0 controls but tab, line feed
 * and carriage return, U+FFFE, U+FFFF and half a surrogate pair. The `u` flag reads a whole pair
 * as one character, so only a lone half matches.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this rule's whole point
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * The first character of a text that SecuTix's SOAP services cannot take, as `U+0000`, or
 * undefined. They read XML 1.0, where such a character is not allowed raw nor as a reference
 * (`&#0;`): an envelope carrying one is not well-formed, and is refused whole.
 */
export function nonXmlCharacter(text: string): string | undefined {
  const found = NOT_XML_TEXT.exec(text)?.[0];
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** whether a code point, as a numeric character reference names it, is one XML 1.0 allows */
export function isXmlCodePoint(codePoint: number): boolean {
  return codePoint <= 0x10ffff && nonXmlCharacter(String.fromCodePoint(codePoint)) === undefined;
}
