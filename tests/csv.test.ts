import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { toCsv } from '../src/lib/csv';

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    const text = toCsv([['more than 3,000', 'He said "over"', 'two\nlines', 'cr\r\nlf', 'plain']]);
    expect(text).toBe('\uFEFF"more than 3,000","He said ""over""","two\nlines","cr\r\nlf",plain\r\n');
  });

  it('keeps accents and other non-ASCII text as it is', () => {
    const text = toCsv([['Cártel de Jalisco Nueva Generación', 'Ñ', '≈ 2 million', '“quoted”']]);
    expect(text).toBe('\uFEFFCártel de Jalisco Nueva Generación,Ñ,≈ 2 million,“quoted”\r\n');
  });

  it('turns cells that a spreadsheet would run as a formula into text', () => {
    const text = toCsv([['=SUM(A1:A2)', '+1', '-1', '@cmd', '\tx', 'a=b', 'safe-dash']]);
    expect(text).toBe("\uFEFF'=SUM(A1:A2),'+1,'-1,'@cmd,'\tx,a=b,safe-dash\r\n");
  });

  it('quotes a guarded cell that also needs quoting', () => {
    expect(toCsv([['=HYPERLINK("x","y")']])).toBe('\uFEFF"\'=HYPERLINK(""x"",""y"")"\r\n');
  });

  it('round-trips through a real CSV parser', () => {
    const rows = [
      ['Group', 'As reported', 'Quote'],
      [
        'Cártel de Jalisco Nueva Generación (CJNG)',
        'more than 3,000 people',
        'He said "more than 3,000",\r\nthen left',
      ],
      ['', 'x', 'y'],
    ];
    const parsed = parse(toCsv(rows), { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(parsed).toEqual(rows);
  });
});
