import { describeDirectoryName, parseDirectoryCsv } from './directory-csv';

describe('directory CSV', () => {
  it('reads quoted names with commas', () => {
    const rows = parseDirectoryCsv('ags,name,state\n07312000,"Kaiserslautern, Stadt",RP\n07335001,Otterbach,RP\n');
    expect(rows).toEqual([
      { ags: '07312000', name: 'Kaiserslautern, Stadt', state: 'RP' },
      { ags: '07335001', name: 'Otterbach', state: 'RP' },
    ]);
  });

  it('names the bad line', () => {
    expect(() => parseDirectoryCsv('ags,name,state\n0731200,Kurz,RP\n')).toThrow(/Zeile 2/);
    expect(() => parseDirectoryCsv('ags;name;state\n')).toThrow(/Kopfzeile/);
  });

  it('derives the name people use and the kind', () => {
    expect(describeDirectoryName('Kaiserslautern, Stadt')).toEqual({ name: 'Kaiserslautern', kind: 'STADT' });
    expect(describeDirectoryName('Kiel, Landeshauptstadt')).toEqual({ name: 'Kiel', kind: 'STADT' });
    expect(describeDirectoryName('Otterbach')).toEqual({ name: 'Otterbach', kind: 'GEMEINDE' });
  });
});
