// The layer rule of luqual (README, "Layout"): data flows one way,
// matrix.yaml -> plan -> kernels -> runs -> judging -> results -> reports,
// and a folder may import itself and the folders BELOW it, never above.
// Type-only imports count too: tsPreCompilationDeps keeps them.
// bench/, scripts/, test/ (and bin/) may import anything; agent/ is C.
'use strict';

// Lowest layer first.
const LAYERS = ['schemas', 'judge', 'host', 'suites', 'matrix', 'kernels', 'runners', 'reports', 'cli'];

// Files and processes a pure judge must not reach (bare and node: forms).
const IO_CORE_MODULES = [
  'fs', 'fs/promises', 'child_process', 'net', 'worker_threads', 'os', 'process',
  'cluster', 'dgram', 'dns', 'dns/promises', 'http', 'https', 'http2', 'tls',
  'readline', 'readline/promises', 'tty', 'inspector', 'module',
];
const IO_PACKAGES = ['execa', 'proper-lockfile', 'p-queue', 'playwright-core'];

const alternation = (names) => names.map((n) => n.replace(/[/.]/g, '\\$&')).join('|');

/** One rule per layer: files of LAYERS[i] may import LAYERS[0..i] and nothing else of this repo. */
function layerRule(layer, index) {
  const allowed = LAYERS.slice(0, index + 1);
  const above = LAYERS.slice(index + 1);
  return {
    name: `${layer}-imports-above-its-layer`,
    comment:
      `${layer}/ is layer ${index + 1}: it may import only ${allowed.map((l) => `${l}/`).join(', ')}` +
      (above.length ? `; never ${above.map((l) => `${l}/`).join(', ')}` : '') +
      ', nor bench/, scripts/, test/, bin/.',
    severity: 'error',
    from: { path: `^${layer}/` },
    to: {
      // Every file of this repository (npm packages and node: modules are
      // not layers) outside the allowed folders.
      dependencyTypesNot: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown', 'core'],
      pathNot: `^(${allowed.join('|')})/`,
    },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.map(layerRule),
    {
      name: 'judge-imports-io-node-module',
      comment: 'judge/ is pure: no node: module that touches files, processes or the network.',
      severity: 'error',
      from: { path: '^judge/' },
      to: { dependencyTypes: ['core'], path: `^(node:)?(${alternation(IO_CORE_MODULES)})$` },
    },
    {
      name: 'judge-imports-io-package',
      comment: 'judge/ is pure: no npm package that touches files or processes.',
      severity: 'error',
      from: { path: '^judge/' },
      to: { path: `(^|/)node_modules/(${alternation(IO_PACKAGES)})/` },
    },
    {
      name: 'no-circular',
      comment: 'Circular imports hide which layer a module belongs to.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      // Not a layer rule but its safety net: an import depcruise cannot
      // resolve is invisible to every rule above.
      name: 'not-to-unresolvable',
      comment: 'An import that cannot be resolved escapes the layer rules.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // npm packages are reached but not cruised (excluding them would hide
    // the imports of them, e.g. judge/ importing execa).
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '^(agent|luqual-out|out|scratch)/' },
    // Type-only imports (import type, import('x').T) count: keep them,
    tsPreCompilationDeps: true,
    // and imports in JSDoc types (bin/luqual.js is JavaScript).
    detectJSDocImports: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      // The code imports with explicit .ts extensions (allowImportingTsExtensions):
      // enhanced-resolve takes those as they are, and tries these for the rest.
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
