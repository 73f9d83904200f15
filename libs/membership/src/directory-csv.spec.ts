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
    // Blank and comment lines still count, so the number matches what an editor shows.
    expect(() => parseDirectoryCsv('ags,name,state\n\n# Kommentar\n07312000,Kaiserslautern,RP\nkaputt\n')).toThrow(/Zeile 5/);
  });

  it('derives the name people use and the kind', () => {
    expect(describeDirectoryName('Kaiserslautern, Stadt')).toEqual({ name: 'Kaiserslautern', kind: 'STADT' });
    expect(describeDirectoryName('Kiel, Landeshauptstadt')).toEqual({ name: 'Kiel', kind: 'STADT' });
    expect(describeDirectoryName('Otterbach')).toEqual({ name: 'Otterbach', kind: 'GEMEINDE' });
    expect(describeDirectoryName('Mainz, kfr. St.')).toEqual({ name: 'Mainz', kind: 'STADT' });
    expect(describeDirectoryName('Landau i.d.Pf. kfr. St.')).toEqual({ name: 'Landau i.d.Pf.', kind: 'STADT' });
    expect(describeDirectoryName('Landau a.d.Isar, St')).toEqual({ name: 'Landau a.d.Isar', kind: 'STADT' });
    expect(describeDirectoryName('Erkheim, M')).toEqual({ name: 'Erkheim', kind: 'GEMEINDE' });
    expect(describeDirectoryName('Görlitz, GKSt')).toEqual({ name: 'Görlitz', kind: 'STADT' });
    expect(describeDirectoryName('Heringsdorf, Ostseebad')).toEqual({ name: 'Heringsdorf', kind: 'GEMEINDE' });
  });
});
