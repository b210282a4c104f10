/**
 * Offline checks of manifest.xml (the official validator, `npm run validate`, needs Microsoft's
 * online service). Element order and cardinality follow OfficeAppManifestV1_1.xsd,
 * OfficeAppBasicTypesV1_0.xsd and TaskPaneAppVersionOverridesV1_0.xsd.
 */
import fs from 'fs';
import { XMLValidator } from 'fast-xml-parser';
import {
  DEV_ORIGIN,
  XNode,
  child,
  childOrThrow,
  localName,
  parseXml,
  pngSize,
  readManifest,
  sourceFileForUrl,
  walk,
} from './manifest-helpers';

const NS_OFFICEAPP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_TASKPANE_OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';

/** xs:sequence of each complex type we use, by local element name. */
const SEQUENCES: Record<string, string[]> = {
  // OfficeApp, extended by TaskPaneApp (Requirements … VersionOverrides)
  OfficeApp: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'Dictionary',
    'VersionOverrides',
  ],
  DisplayName: ['Override'],
  Description: ['Override'], // LongLocaleAwareSetting at the top; no children inside VersionOverrides
  IconUrl: ['Override'],
  HighResolutionIconUrl: ['Override'],
  SupportUrl: ['Override'],
  AppDomains: ['AppDomain'],
  Hosts: ['Host'],
  Host: ['DesktopFormFactor'],
  Requirements: ['Sets', 'Methods'],
  Sets: ['Set'],
  DefaultSettings: ['SourceLocation'],
  SourceLocation: ['Override'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  ExtensionPoint: ['OfficeTab', 'CustomTab'],
  OfficeTab: ['Group'],
  CustomTab: ['Group', 'Label'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Icon: ['Image'],
  Action: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  Images: ['Image'],
  Urls: ['Url'],
  ShortStrings: ['String'],
  LongStrings: ['String'],
  Image: ['Override'],
  Url: ['Override'],
  String: ['Override'],
};

/** Children that may occur more than once (maxOccurs > 1). */
const REPEATABLE = new Set(['Override', 'AppDomain', 'Host', 'Set', 'Group', 'Control', 'Image', 'Url', 'String', 'OfficeTab', 'CustomTab', 'ExtensionPoint']);

/** Required children (minOccurs 1) of the elements we use. */
const REQUIRED: Record<string, string[]> = {
  OfficeApp: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'],
  DefaultSettings: ['SourceLocation'],
  Requirements: ['Sets'],
  Sets: ['Set'],
  DesktopFormFactor: ['ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  OfficeTab: ['Group'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Icon: ['Image'],
};

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const SHORT_VERSION = /^\d{1,5}\.\d{1,5}$/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;

const xml = readManifest();
const root = parseXml(xml);
const versionOverrides = childOrThrow(root, 'VersionOverrides');
const resources = childOrThrow(versionOverrides, 'Resources');

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

function resourceTable(): Map<string, { kind: ResourceKind; node: XNode }> {
  const table = new Map<string, { kind: ResourceKind; node: XNode }>();
  for (const group of resources.children) {
    const kind = localName(group.name) as ResourceKind;
    for (const item of group.children) {
      const id = item.attrs.id;
      if (table.has(id)) throw new Error(`resource id "${id}" is defined twice`);
      table.set(id, { kind, node: item });
    }
  }
  return table;
}

function enUsOverride(node: XNode): string | undefined {
  return node.children.find((c) => localName(c.name) === 'Override' && c.attrs.Locale === 'en-US')?.attrs.Value;
}

function resourceValue(id: string): string {
  const entry = resourceTable().get(id);
  if (!entry) throw new Error(`resource "${id}" is not defined`);
  return entry.node.attrs.DefaultValue;
}

/** Every URL written in the manifest (attribute values and element text), namespace declarations excluded. */
function allUrls(): Array<{ where: string; url: string }> {
  const urls: Array<{ where: string; url: string }> = [];
  for (const { node } of walk(root)) {
    for (const [attr, value] of Object.entries(node.attrs)) {
      if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ where: `<${node.name} ${attr}>`, url: value });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.text)) urls.push({ where: `<${node.name}>`, url: node.text });
  }
  return urls;
}

describe('manifest.xml: well-formed, namespaces, identity', () => {
  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test('root is a TaskPaneApp OfficeApp with the schema 1.1 namespaces', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs.xmlns).toBe(NS_OFFICEAPP);
    expect(root.attrs['xmlns:xsi']).toBe(NS_XSI);
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
  });

  test('VersionOverrides uses the task pane overrides 1.0 schema', () => {
    expect(versionOverrides.attrs.xmlns).toBe(NS_TASKPANE_OVERRIDES);
    expect(versionOverrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
  });

  test('every namespace prefix in use is declared on the element or an ancestor', () => {
    const known: Record<string, string> = { xsi: NS_XSI, bt: NS_BT };
    for (const { node, ancestors } of walk(root)) {
      const names = [node.name, ...Object.keys(node.attrs).filter((a) => !a.startsWith('xmlns'))];
      for (const name of names) {
        if (!name.includes(':')) continue;
        const prefix = name.slice(0, name.indexOf(':'));
        const declared = [...ancestors, node].map((n) => n.attrs[`xmlns:${prefix}`]).filter(Boolean);
        expect({ name, declared: declared[declared.length - 1] }).toEqual({ name, declared: known[prefix] });
      }
    }
  });

  test('Id is a GUID and Version has the schema format (n.n.n.n)', () => {
    expect(childOrThrow(root, 'Id').text).toMatch(GUID);
    const version = childOrThrow(root, 'Version').text;
    expect(version).toMatch(VERSION);
    expect(version.split('.')).toHaveLength(4);
  });

  test('ProviderName is a non-empty short string', () => {
    const provider = childOrThrow(root, 'ProviderName').text;
    expect(provider.length).toBeGreaterThan(0);
    expect(provider.length).toBeLessThanOrEqual(SHORT_STRING_MAX);
  });

  test('hosts Excel workbooks only, with ReadWriteDocument permission', () => {
    const hosts = childOrThrow(root, 'Hosts').children;
    expect(hosts.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(childOrThrow(root, 'Permissions').text).toBe('ReadWriteDocument');
    const voHosts = childOrThrow(versionOverrides, 'Hosts').children;
    expect(voHosts.map((h) => h.attrs['xsi:type'])).toEqual(['Workbook']);
  });

  test('requires an ExcelApi set with a valid minimum version', () => {
    const sets = childOrThrow(childOrThrow(root, 'Requirements'), 'Sets');
    expect(sets.attrs.DefaultMinVersion).toBe('1.1');
    const excelApi = sets.children.filter((s) => s.attrs.Name === 'ExcelApi');
    expect(excelApi).toHaveLength(1);
    const min = excelApi[0].attrs.MinVersion;
    expect(min).toMatch(SHORT_VERSION);
    expect(Number(min.split('.')[0])).toBe(1);
    expect(Number(min.split('.')[1])).toBeGreaterThanOrEqual(1);
  });
});

describe('manifest.xml: element order and cardinality (XSD sequences)', () => {
  test('OfficeApp children appear in schema order', () => {
    const order = SEQUENCES.OfficeApp;
    const names = root.children.map((c) => c.name);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(names).size).toBe(names.length);
  });

  test('every element has only allowed children, in schema order', () => {
    const problems: string[] = [];
    for (const { node, ancestors } of walk(root)) {
      const where = [...ancestors, node].map((n) => localName(n.name)).join(' > ');
      const sequence = SEQUENCES[localName(node.name)];
      if (!sequence) {
        if (node.children.length > 0) problems.push(`${where}: unexpected children ${node.children.map((c) => c.name).join(', ')}`);
        continue;
      }
      let last = -1;
      const seen = new Set<string>();
      for (const c of node.children) {
        const name = localName(c.name);
        const index = sequence.indexOf(name);
        if (index < 0) problems.push(`${where}: <${c.name}> is not allowed here`);
        else if (index < last) problems.push(`${where}: <${c.name}> is out of order`);
        else if (seen.has(name) && !REPEATABLE.has(name)) problems.push(`${where}: <${c.name}> occurs twice`);
        last = Math.max(last, index);
        seen.add(name);
      }
      for (const required of REQUIRED[localName(node.name)] ?? []) {
        if (!seen.has(required)) problems.push(`${where}: missing required <${required}>`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('VersionOverrides elements that belong to the bt namespace use the bt prefix', () => {
    for (const group of resources.children) {
      expect(group.name.startsWith('bt:')).toBe(true);
      for (const item of group.children) expect(item.name.startsWith('bt:')).toBe(true);
    }
    for (const { node } of walk(versionOverrides)) {
      if (localName(node.name) === 'Icon') for (const image of node.children) expect(image.name).toBe('bt:Image');
    }
  });

  test('control and group ids are unique', () => {
    const ids = walk(versionOverrides)
      .map(({ node }) => node)
      .filter((n) => ['Group', 'Control'].includes(n.name))
      .map((n) => n.attrs.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a FunctionFile is present exactly when a command runs a function', () => {
    const actions = walk(versionOverrides)
      .map(({ node }) => node)
      .filter((n) => n.name === 'Action');
    const executes = actions.some((a) => a.attrs['xsi:type'] === 'ExecuteFunction');
    const hasFunctionFile = walk(versionOverrides).some(({ node }) => node.name === 'FunctionFile');
    expect(hasFunctionFile).toBe(executes);
  });
});

describe('manifest.xml: localisation (ja-JP first, en-US overrides)', () => {
  test('DefaultLocale is ja-JP', () => {
    expect(childOrThrow(root, 'DefaultLocale').text).toBe('ja-JP');
  });

  test.each(['DisplayName', 'Description'])('%s has a Japanese default and an en-US override', (name) => {
    const node = childOrThrow(root, name);
    const max = name === 'DisplayName' ? SHORT_STRING_MAX : LONG_STRING_MAX;
    expect(node.attrs.DefaultValue).toMatch(JAPANESE);
    expect(node.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
    const en = enUsOverride(node);
    expect(en).toMatch(/[A-Za-z]/);
    expect((en ?? '').length).toBeLessThanOrEqual(max);
  });

  test('every string resource has a Japanese default and an en-US override within the length limit', () => {
    const problems: string[] = [];
    for (const [id, { kind, node }] of resourceTable()) {
      if (kind !== 'ShortStrings' && kind !== 'LongStrings') continue;
      const max = kind === 'ShortStrings' ? SHORT_STRING_MAX : LONG_STRING_MAX;
      const ja = node.attrs.DefaultValue ?? '';
      const en = enUsOverride(node);
      if (!JAPANESE.test(ja)) problems.push(`${id}: default is not Japanese`);
      if (ja.length > max) problems.push(`${id}: default longer than ${max}`);
      if (!en || !/[A-Za-z]/.test(en)) problems.push(`${id}: no en-US override`);
      else if (en.length > max) problems.push(`${id}: en-US longer than ${max}`);
    }
    expect(problems).toEqual([]);
  });

  test('overrides only name locales in the culture-name format', () => {
    for (const { node } of walk(root)) {
      if (localName(node.name) === 'Override') expect(node.attrs.Locale).toMatch(/^[a-z]{2,3}-[A-Z]{2}$/);
    }
  });
});

describe('manifest.xml: URLs and resources', () => {
  test('every URL is https on the development server https://localhost:3000', () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(5);
    const wrong = urls.filter(({ url }) => !(url === DEV_ORIGIN || url.startsWith(DEV_ORIGIN + '/')));
    expect(wrong).toEqual([]);
  });

  test('no plain http outside namespace declarations', () => {
    const withoutNamespaces = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/http:\/\//);
  });

  test('every localhost URL is a file the build serves', () => {
    const missing = allUrls()
      .filter(({ url }) => url !== DEV_ORIGIN)
      .map(({ url }) => ({ url, file: sourceFileForUrl(url) }))
      .filter(({ file }) => !file || !fs.existsSync(file));
    expect(missing).toEqual([]);
  });

  test('resource ids are short and unique, every resid is defined with the right kind, none unused', () => {
    const table = resourceTable();
    for (const id of table.keys()) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    const expectedKind: Record<string, ResourceKind> = {
      Image: 'Images',
      SourceLocation: 'Urls',
      LearnMoreUrl: 'Urls',
      FunctionFile: 'Urls',
      Label: 'ShortStrings',
      Title: 'ShortStrings',
      Description: 'LongStrings',
    };
    const used = new Set<string>();
    const problems: string[] = [];
    for (const { node } of walk(versionOverrides)) {
      const resid = node.attrs.resid;
      if (resid === undefined) continue;
      used.add(resid);
      const entry = table.get(resid);
      const want = expectedKind[localName(node.name)];
      if (!entry) problems.push(`<${node.name} resid="${resid}"> is not defined`);
      else if (entry.kind !== want) problems.push(`<${node.name} resid="${resid}"> refers to ${entry.kind}, expected ${want}`);
    }
    for (const id of table.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);
    expect(problems).toEqual([]);
  });

  test('IconUrl is a 32x32 PNG and HighResolutionIconUrl a 64x64 PNG under assets/', () => {
    for (const [name, size] of [
      ['IconUrl', 32],
      ['HighResolutionIconUrl', 64],
    ] as const) {
      const file = sourceFileForUrl(childOrThrow(root, name).attrs.DefaultValue);
      expect(file).toMatch(/[\\/]assets[\\/].+\.png$/);
      expect(pngSize(file as string)).toEqual({ width: size, height: size });
    }
  });

  test('every ribbon icon list has 16, 32 and 80 px images whose files have that size', () => {
    const problems: string[] = [];
    const lists = walk(versionOverrides)
      .map(({ node }) => node)
      .filter((n) => n.name === 'Icon');
    expect(lists.length).toBeGreaterThanOrEqual(2); // the group and the button
    for (const list of lists) {
      const sizes = list.children.map((image) => Number(image.attrs.size));
      expect([...sizes].sort((a, b) => a - b)).toEqual(expect.arrayContaining([16, 32, 80]));
      for (const image of list.children) {
        const size = Number(image.attrs.size);
        const entry = resourceTable().get(image.attrs.resid);
        if (!entry) continue; // reported by the resid test
        const urls = [entry.node.attrs.DefaultValue, ...entry.node.children.map((o) => o.attrs.Value)];
        for (const url of urls) {
          const file = sourceFileForUrl(url);
          if (!file || !/[\\/]assets[\\/]/.test(file) || !fs.existsSync(file)) {
            problems.push(`${image.attrs.resid}: ${url} is not a file under assets/`);
            continue;
          }
          const actual = pngSize(file);
          if (actual.width !== size || actual.height !== size) {
            problems.push(`${image.attrs.resid}: ${url} is ${actual.width}x${actual.height}, expected ${size}x${size}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('manifest.xml: the ribbon button', () => {
  function homeTabButtons(): XNode[] {
    const desktop = childOrThrow(childOrThrow(childOrThrow(versionOverrides, 'Hosts'), 'Host'), 'DesktopFormFactor');
    const buttons: XNode[] = [];
    for (const point of desktop.children.filter((c) => c.name === 'ExtensionPoint')) {
      if (point.attrs['xsi:type'] !== 'PrimaryCommandSurface') continue;
      for (const tab of point.children.filter((t) => t.name === 'OfficeTab' && t.attrs.id === 'TabHome')) {
        for (const group of tab.children.filter((g) => g.name === 'Group')) {
          buttons.push(...group.children.filter((c) => c.name === 'Control' && c.attrs['xsi:type'] === 'Button'));
        }
      }
    }
    return buttons;
  }

  test('the Home tab has a button labelled 「プロセスシート点検」 / "Process Sheet Check"', () => {
    const buttons = homeTabButtons();
    expect(buttons).toHaveLength(1);
    const labelId = childOrThrow(buttons[0], 'Label').attrs.resid;
    const label = resourceTable().get(labelId)?.node as XNode;
    expect(label.attrs.DefaultValue).toBe('プロセスシート点検');
    expect(enUsOverride(label)).toBe('Process Sheet Check');
  });

  test('the button shows the task pane at taskpane.html, the same page as DefaultSettings', () => {
    const action = childOrThrow(homeTabButtons()[0], 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    const url = resourceValue(childOrThrow(action, 'SourceLocation').attrs.resid);
    expect(url).toBe(`${DEV_ORIGIN}/taskpane.html`);
    const defaultPage = childOrThrow(childOrThrow(root, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue;
    expect(defaultPage).toBe(url);
  });

  test('the supertip has a title and a description', () => {
    const supertip = childOrThrow(homeTabButtons()[0], 'Supertip');
    expect(resourceValue(childOrThrow(supertip, 'Title').attrs.resid).length).toBeGreaterThan(0);
    expect(resourceValue(childOrThrow(supertip, 'Description').attrs.resid).length).toBeGreaterThan(0);
  });

  test('no AppDomains entry is needed: the pane stays on its own origin', () => {
    // If one is added later it must be a bare https origin; the URL tests above cover it.
    const appDomains = child(root, 'AppDomains');
    for (const domain of appDomains?.children ?? []) expect(domain.text).toMatch(/^https:\/\/[^/]+$/);
  });
});
