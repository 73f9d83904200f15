import { renderMarkdown } from './markdown';

/** A corpus of classic XSS payloads: none may leave anything executable in the output. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '[klick](javascript:alert(1))',
  '[klick](JaVaScRiPt:alert(1))',
  '[klick](  javascript:alert(1))',
  '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klick](vbscript:msgbox(1))',
  '![bild](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x"></object><embed src="x">',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div onclick="alert(1)">x</div>',
  '<form action="https://evil.example"><input name=a></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<a href="//evil.example">protokollrelativ</a>',
  '`<script>` im Code ist harmlos',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '"><script>alert(document.cookie)</script>',
  '<scr<script>ipt>alert(1)</script>',
  '[a](https://ok.example "title\\" onmouseover=\\"alert(1)")',
];

const EXECUTABLE = [/<script/i, /\son\w+\s*=/i, /javascript:/i, /vbscript:/i, /data:/i, /<iframe/i, /<object/i, /<embed/i, /<style/i, /style=/i, /<form/i, /<base/i, /<meta/i, /<svg/i, /<math/i, /href="\/\//i];

describe('renderMarkdown', () => {
  it.each(PAYLOADS)('leaves nothing executable from %s', (payload) => {
    const html = renderMarkdown(`Text davor\n\n${payload}\n\nText danach`);
    for (const pattern of EXECUTABLE) expect(html).not.toMatch(pattern);
  });

  it('keeps the structure people write', () => {
    const html = renderMarkdown('## Ergebnis\n\n- **Bürger** beteiligen\n- [Portal](https://beteiligung.example.de) und [Mail](mailto:info@example.de)\n\n| A | B |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h2>Ergebnis</h2>');
    expect(html).toContain('<strong>Bürger</strong>');
    expect(html).toContain('<a href="https://beteiligung.example.de" rel="noopener noreferrer nofollow">Portal</a>');
    expect(html).toContain('href="mailto:info@example.de"');
    expect(html).toContain('<table>');
  });

  it('shows code as text', () => {
    expect(renderMarkdown('`<script>` im Code')).toContain('<code>&lt;script&gt;</code>');
  });
});
