/** One line of the reliability table: what was measured, its figure, and the requirement it is judged against. */
export interface Row {
  scenario: string;
  measure: string;
  figure: string;
  requirement: string;
  /** undefined: reported for information, judged by nothing */
  pass?: boolean;
}

export const verdict = (row: Row) => (row.pass === undefined ? 'info' : row.pass ? 'pass' : 'FAIL');

/** the suite fails when any judged row failed */
export const allPassed = (rows: Row[]) => rows.every((r) => r.pass !== false);
