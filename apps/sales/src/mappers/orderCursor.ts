/** Cursors of a contact's order history: an offset, opaque to clients. */
export function encodeOffset(n: number): string {
  return Buffer.from(`o:${n}`).toString('base64url');
}

export function decodeOffset(cursor: string): number | undefined {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}
