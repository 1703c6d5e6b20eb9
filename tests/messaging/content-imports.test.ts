/**
 * The content script stays tiny (DESIGN.md): the messaging modules it uses
 * may load nothing at runtime but wxt/browser and each other. Type-only
 * imports are erased; an `import { type X }` is not (verbatimModuleSyntax
 * keeps the module), so only `import type` counts as free.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CONTENT_SCRIPT_MODULES = ['lib/messaging/client.ts', 'lib/messaging/subscribe-changes.ts'];
const ALLOWED_PACKAGES = new Set(['wxt/browser']);

function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements
    .filter(
      (statement): statement is ts.ImportDeclaration | ts.ExportDeclaration =>
        ts.isImportDeclaration(statement) ||
        (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined),
    )
    .filter((statement) =>
      ts.isImportDeclaration(statement) ? !statement.importClause?.isTypeOnly : !statement.isTypeOnly,
    )
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text);
}

/** Every package reached at runtime from `entry`, following relative imports. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), `${specifier}.ts`));
      else packages.add(specifier);
    }
  };
  visit(resolve(entry));
  return packages;
}

describe('what the content script loads from lib/messaging', () => {
  it.each(CONTENT_SCRIPT_MODULES)('%s reaches only wxt/browser', (entry) => {
    expect([...packagesReachedFrom(entry)].filter((name) => !ALLOWED_PACKAGES.has(name))).toEqual([]);
  });

  it('notices a runtime import of zod', () => {
    // The router does import zod (through protocol.ts): the check must see it.
    expect(packagesReachedFrom('lib/messaging/router.ts')).toContain('zod');
  });
});
