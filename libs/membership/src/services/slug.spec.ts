import { slugify } from './slug';

describe('slugify', () => {
  it('spells out umlauts and sharp s the German way', () => {
    expect(slugify('Otterbach-Otterberg, Verbandsgemeinde')).toBe('otterbach-otterberg-verbandsgemeinde');
    expect(slugify('Bad Dürkheim')).toBe('bad-duerkheim');
    expect(slugify('Straßenbeleuchtung Öffentlich')).toBe('strassenbeleuchtung-oeffentlich');
  });
});
