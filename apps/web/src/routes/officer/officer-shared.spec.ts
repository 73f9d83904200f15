import { lines, parseEuro, parseWhole } from './officer-shared';
import { csvCell } from './registrations';

describe('officer form helpers', () => {
  it('reads euro amounts as people type them', () => {
    expect(parseEuro('')).toBeNull();
    expect(parseEuro('12000')).toBe(12000);
    expect(parseEuro('12.000')).toBe(12000);
    expect(parseEuro('1.234.567')).toBe(1234567);
    expect(parseEuro('12.000,50 €')).toBe(12000.5);
    expect(parseEuro('2 400 EUR')).toBe(2400);
    expect(parseEuro('12.5')).toBe(12.5);
    expect(parseEuro('zwölf')).toBeNaN();
    expect(parseEuro('-5')).toBeNaN();
  });

  it('reads whole numbers and lines', () => {
    expect(parseWhole(' ')).toBeNull();
    expect(parseWhole('30')).toBe(30);
    expect(parseWhole('3,5')).toBeNaN();
    expect(lines(' Hochschule \r\n\n Zweckverband ')).toEqual(['Hochschule', 'Zweckverband']);
  });

  it('quotes CSV cells and neutralises formulas for spreadsheets', () => {
    expect(csvCell('Anna "Anni" Erste')).toBe('"Anna ""Anni"" Erste"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+49 631')).toBe('"\'+49 631"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
  });
});
