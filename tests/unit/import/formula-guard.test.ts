import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell, toCsv } from '../../../src/lib/import/formula-guard.ts';

describe('neutraliseCsvCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31612345678', "'+31612345678"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Leeuwarden', 'Leeuwarden'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(neutraliseCsvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('guards strings but writes numbers as numbers, with CRLF after every row', () => {
    expect(
      toCsv([
        ['formule', 'telefoon', 'tekst', 'getal', 'leeg'],
        ['=SUM(A1)', '+31612345678', '-5', -5, null],
        ['x', 'y', 'z', 2.5, 0],
      ]),
    ).toBe("formule;telefoon;tekst;getal;leeg\r\n'=SUM(A1);'+31612345678;'-5;-5;\r\nx;y;z;2.5;0\r\n");
  });

  it('quotes cells holding the delimiter, quotes or line breaks (RFC 4180)', () => {
    expect(toCsv([['a;b', 'zei "hoi"', 'r1\nr2', 'r1\r\nr2', 'a,b']])).toBe('"a;b";"zei ""hoi""";"r1\nr2";"r1\r\nr2";a,b\r\n');
    expect(toCsv([['a;b', 'a,b']], ',')).toBe('a;b,"a,b"\r\n');
  });

  it('quotes a guarded formula that contains the delimiter', () => {
    expect(toCsv([['=HYPERLINK("http://x";"klik")']])).toBe('"\'=HYPERLINK(""http://x"";""klik"")"\r\n');
  });

  it('writes NaN and Infinity as empty cells and nothing for no rows', () => {
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY, 1]])).toBe(';;1\r\n');
    expect(toCsv([])).toBe('');
  });
});
