import { dateKind, formatNumber, isoToText, serialToText } from '../../../connectors/files/office/cell-values';

describe('cell values', () => {
  it.each([
    [14, undefined, 'date'],
    [22, undefined, 'datetime'],
    [20, undefined, 'time'],
    [45, undefined, 'time'],
    [0, undefined, null],
    [4, undefined, null],
    [164, 'dd/mm/yyyy', 'date'],
    [164, '[$-809]dddd\\ d\\ mmmm\\ yyyy', 'date'],
    [164, 'mmm-yy', 'date'],
    [164, 'd/m/yy h:mm', 'datetime'],
    [164, 'hh:mm:ss', 'time'],
    [164, '[h]:mm', 'time'],
    [164, 'mm:ss.0', 'time'],
    [164, '#,##0.00" days"', null],
    [164, '0.00%', null],
    [164, '[Red]#,##0;[Blue]-#,##0', null],
    [164, 'General', null],
  ])('format %i %s is %s', (id, code, kind) => {
    expect(dateKind(id, code)).toBe(kind);
  });

  it('converts serials in both date systems', () => {
    expect(serialToText(1, false, 'date')).toBe('01/01/1900');
    expect(serialToText(60, false, 'date')).toBe('29/02/1900');
    expect(serialToText(61, false, 'date')).toBe('01/03/1900');
    expect(serialToText(45658, false, 'date')).toBe('01/01/2025');
    expect(serialToText(45658.75, false, 'datetime')).toBe('01/01/2025 18:00');
    expect(serialToText(0.25, false, 'time')).toBe('06:00');
    expect(serialToText(0, true, 'date')).toBe('01/01/1904');
  });

  it('never shows an exponent', () => {
    expect(formatNumber('1.2345678901234E+17')).toBe('123456789012340000');
    expect(formatNumber('9.87654321E+20')).toBe('987654321000000000000');
    expect(formatNumber('4111111111111111')).toBe('4111111111111111');
    expect(formatNumber('1.1000000000000001')).toBe('1.1');
    expect(formatNumber('1E-7')).toBe('0.0000001');
    expect(formatNumber('42')).toBe('42');
  });

  it('reads ISO dates as dd/mm/yyyy', () => {
    expect(isoToText('2014-02-01')).toBe('01/02/2014');
    expect(isoToText('2014-02-01T00:00:00')).toBe('01/02/2014');
    expect(isoToText('2014-02-01T09:30:00')).toBe('01/02/2014 09:30');
  });
});
