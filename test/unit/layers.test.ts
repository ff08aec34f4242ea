// The import graph of src/ (and entrypoints/): every module imports only from its own layer or a lower one, the
// pure phases import nothing that touches the DOM, and there are no cycles. The order is written down in
// docs/design.md ("Layers"); a new folder under src/ must be placed in it here first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. A module may import from its own layer and any layer before it; names on one line are siblings. */
const LAYERS: readonly (readonly string[])[] = [
  ['text'],
  ['model'],
  ['i18n'],
  ['dom'],
  ['detect'],
  ['extract'],
  // Document adapters read a file into the RawPage extract gives (a .docx goes through the DOM extractor).
  ['adapters'],
  ['parse'],
  ['check'],
  ['report'],
  ['pipeline'],
  ['history'],
  ['annotate'],
  ['export'],
  // The batch core shared by the checker page and the command line (DOM-free).
  ['batch'],
  ['settings'],
  ['messages'],
  ['ui'],
  ['popup', 'options', 'content', 'background', 'cli'],
  // The file checker page shows a report with the popup's components.
  ['checker'],
  ['entrypoints'],
];
/** Phases that never touch the page: they may not import a module that does. */
const PURE = new Set(['text', 'model', 'i18n', 'parse', 'check', 'report', 'pipeline', 'batch']);
const DOM_FACING = new Set(['dom', 'detect', 'extract', 'annotate']);

const root = resolve(__dirname, '../..');
const rankOf = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** src/check/rules/x.ts → check; src/pipeline.ts → pipeline; entrypoints/… → entrypoints. */
function layerOf(file: string): string {
  const [top, second] = relative(root, file).split('/');
  if (top === 'entrypoints') return 'entrypoints';
  return second!.replace(/\.tsx?$/, '');
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Static imports, re-exports and dynamic import() of in-repo modules (type-only imports included: a type is a dependency too). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((match) => match[1] ?? match[2]!);
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((target): target is string => target !== null && /\.tsx?$/.test(target));
}

type Graph = Map<string, string[]>;

function upwardImports(graph: Graph, layer: (file: string) => string): string[] {
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const [from, to] = [layer(file), layer(target)];
      if (from !== to && rankOf.get(to)! >= rankOf.get(from)!) upward.push(`${file} (${from}) → ${target} (${to})`);
    }
  }
  return upward;
}

function cyclesOf(graph: Graph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'entrypoints'))];
const name = (file: string) => relative(root, file);
// Keyed by repo path, so failures read "src/parse/meta.ts → src/detect/detect.ts".
const graph: Graph = new Map(files.map((file) => [name(file), importsOf(file).map(name)]));
const layerOfPath = (path: string) => layerOf(join(root, path));

describe('the checks on a made-up graph', () => {
  it('catch an upward import and an import between siblings', () => {
    const made: Graph = new Map([
      ['src/parse/a.ts', ['src/check/b.ts', 'src/text/c.ts']],
      ['src/popup/d.tsx', ['src/options/e.tsx']],
    ]);
    expect(upwardImports(made, layerOfPath)).toEqual(['src/parse/a.ts (parse) → src/check/b.ts (check)', 'src/popup/d.tsx (popup) → src/options/e.tsx (options)']);
  });

  it('catch a cycle', () => {
    const made: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesOf(made)).toEqual(['a → b → c → a']);
  });
});

describe('the import graph', () => {
  it('places every module in a known layer', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => !rankOf.has(layer));
    expect(unknown, 'add these to LAYERS here and in docs/design.md').toEqual([]);
  });

  it('finds the imports it checks (the parser is not blind)', () => {
    expect(graph.get('src/pipeline.ts')).toEqual(expect.arrayContaining(['src/check/engine.ts', 'src/check/types.ts', 'src/parse/parse.ts', 'src/report/json.ts']));
    expect(graph.get('src/check/rules/index.ts')).toContain('src/check/rules/applications-balance.ts');
  });

  it('has no import from a lower layer to a higher one, nor between siblings', () => expect(upwardImports(graph, layerOfPath)).toEqual([]));

  it('keeps the pure phases free of modules that touch the DOM', () => {
    const impure = [...graph].flatMap(([file, targets]) =>
      PURE.has(layerOfPath(file)) ? targets.filter((target) => DOM_FACING.has(layerOfPath(target))).map((target) => `${file} → ${target}`) : [],
    );
    expect(impure).toEqual([]);
  });

  it('has no cycles', () => expect(cyclesOf(graph)).toEqual([]));
});
