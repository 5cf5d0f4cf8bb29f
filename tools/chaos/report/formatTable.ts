import { verdict, type Row } from './Row';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table as Markdown, for the terminal and the README alike. */
export function formatTable(rows: Row[]): string {
  return [
    '| scenario | measure | figure | requirement | verdict |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${cell(r.scenario)} | ${cell(r.measure)} | ${cell(r.figure)} | ${cell(r.requirement)} | ${verdict(r)} |`),
  ].join('\n');
}
