import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// Every hand-written schema file (src/lib/db/schema*.ts), so a new feature's tables are checked too.
const SCHEMA_DIR = new URL('../../../src/lib/db/', import.meta.url);
const SCHEMA_FILES = readdirSync(SCHEMA_DIR).filter((f) => /^schema(-[a-z-]+)?\.ts$/.test(f)).sort().map((f) => new URL(f, SCHEMA_DIR));

/** Reads the hand-written types: table name → column name → whether the type allows null. */
function declaredTables(): Map<string, Map<string, boolean>> {
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const tableInterfaces: [string, string][] = [];
  for (const file of SCHEMA_FILES) {
    const source = ts.createSourceFile(file.pathname, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      interfaces.set(node.name.text, node);
      if (node.name.text === 'DB' || node.name.text.endsWith('Tables')) {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isTypeReferenceNode(member.type)) tableInterfaces.push([(member.name as ts.Identifier).text, member.type.typeName.getText()]);
        }
      }
    });
  }
  const tables = new Map<string, Map<string, boolean>>();
  for (const [table, interfaceName] of tableInterfaces) {
    const declaration = interfaces.get(interfaceName);
    if (!declaration) throw new Error(`interface ${interfaceName} of table ${table} not found`);
    const columns = new Map<string, boolean>();
    for (const member of declaration.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      columns.set((member.name as ts.Identifier).text, /\bnull\b/.test(member.type.getText()));
    }
    tables.set(table, columns);
  }
  return tables;
}

let database: Database;
beforeAll(async () => { database = await createTestDatabase({ reference: false }); });
afterAll(async () => database.close());

describe('hand-written schema types', () => {
  it('match the migrated database: same tables, same columns, same nullability', async () => {
    const rows = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
      select table_name, column_name, is_nullable from information_schema.columns
      where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(database.db);
    const actual = new Map<string, Map<string, boolean>>();
    for (const r of rows.rows) {
      if (!actual.has(r.table_name)) actual.set(r.table_name, new Map());
      actual.get(r.table_name)!.set(r.column_name, r.is_nullable === 'YES');
    }
    const declared = declaredTables();
    expect([...declared.keys()].sort()).toEqual([...actual.keys()].sort());
    for (const [table, columns] of actual) {
      expect({ table, columns: Object.fromEntries([...(declared.get(table) ?? new Map())].sort()) }).toEqual({ table, columns: Object.fromEntries([...columns].sort()) });
    }
  });
});
