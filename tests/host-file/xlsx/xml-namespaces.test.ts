import { NS_NONE, NS_OTHER, NS_SML, XmlTokenizer, type XmlSink } from '../../../src/host/file/xlsx/xml';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every open and close as `ns:local`, fed in the given pieces. */
function events(pieces: string[]): string[] {
  const out: string[] = [];
  const sink: XmlSink = {
    open: (ns, local) => out.push(`<${ns}:${local}`),
    close: (ns, local) => out.push(`>${ns}:${local}`),
    text: () => undefined,
  };
  const t = new XmlTokenizer('test.xml', sink);
  for (const p of pieces) t.write(p);
  t.close();
  return out;
}

/** Documents whose elements change namespace deep inside, after plain elements, with long and short declarations. */
const DOCS = [
  `<worksheet xmlns="${SML}"><row><c r="A1"><v>1</v></c></row><x:row xmlns:x="${SML}"><x:c/></x:row><row xmlns="urn:other"><c/></row><c/></worksheet>`,
  `<a:worksheet xmlns:a="urn:other"><a:b><a:c/></a:b><a:d xmlns:a="${SML}"><a:c/><a:e xmlns:a="urn:${'long'.repeat(40)}"/><a:c/></a:d><a:c/></a:worksheet>`,
  `<w xmlns="${SML}"><c>xmlns in text</c><c xmlns:p="${SML}" r="A1"><p:v/></c><p:v xmlns:p="urn:q"/><v/></w>`,
  `<w xmlns="${SML}"><c/><c/><c/><c/><c/><c/><z xmlns="" r="1"><y/></z><c/></w>`,
];

describe('namespace declarations, however the text is cut into chunks', () => {
  test.each(DOCS.map((d, i) => [i, d]))('document %i: every split into two pieces resolves the same names', (_i, doc) => {
    const whole = events([doc]);
    // The documents do change namespace: a reader that missed a declaration would resolve differently.
    expect(new Set(whole.map((e) => e.split(':')[0].slice(1))).size).toBeGreaterThan(1);
    for (let cut = 1; cut < doc.length; cut++) expect(events([doc.slice(0, cut), doc.slice(cut)])).toEqual(whole);
  });

  test.each(DOCS.map((d, i) => [i, d]))('document %i: fed a few characters at a time', (_i, doc) => {
    const whole = events([doc]);
    for (const size of [1, 2, 3, 5, 7]) {
      const pieces: string[] = [];
      for (let at = 0; at < doc.length; at += size) pieces.push(doc.slice(at, at + size));
      expect(events(pieces)).toEqual(whole);
    }
  });

  test('the codes resolved for the first document', () => {
    expect(events([DOCS[0]])).toEqual([
      `<${NS_SML}:worksheet`,
      `<${NS_SML}:row`,
      `<${NS_SML}:c`,
      `<${NS_SML}:v`,
      `>${NS_SML}:v`,
      `>${NS_SML}:c`,
      `>${NS_SML}:row`,
      `<${NS_SML}:row`,
      `<${NS_SML}:c`,
      `>${NS_SML}:c`,
      `>${NS_SML}:row`,
      `<${NS_OTHER}:row`,
      `<${NS_OTHER}:c`,
      `>${NS_OTHER}:c`,
      `>${NS_OTHER}:row`,
      `<${NS_SML}:c`,
      `>${NS_SML}:c`,
      `>${NS_SML}:worksheet`,
    ]);
    expect(events([DOCS[3]])).toContain(`<${NS_NONE}:z`);
  });
});
