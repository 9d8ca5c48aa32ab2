import { createRequire } from "node:module";
import type pg from "pg";

// A database schema reduced to what a drift could change: enums, tables with their
// columns (type, nullability, whether the database supplies a default), indexes and
// foreign keys. Built once from schema.prisma (through Prisma's own schema parser,
// compiled to WebAssembly, so no engine download) and once from a live database's
// catalog; a test demands that the migrated database and schema.prisma give the same
// shape.

export interface SchemaShape {
  enums: Record<string, string[]>;
  columns: Record<string, string>; // "Table.column" -> "type null|not null [default]"
  indexes: string[]; // "Table name kind(col, col)"
  foreignKeys: string[]; // "Table(col) -> Ref(col) on delete X on update Y"
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  /** A native type attribute (`@db.Date` is ["Date", []]), when the field has one. */
  nativeType?: [string, string[]] | null;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: Array<{ name: string }>;
}
interface Dmmf {
  datamodel: {
    enums: Array<{ name: string; dbName: string | null; values: Array<{ name: string; dbName: string | null }> }>;
    models: DmmfModel[];
    indexes: DmmfIndex[];
  };
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

// The native types (`@db.…`) the schema uses.
const NATIVE_TYPES: Record<string, string> = {
  Date: "date",
};

// Defaults that Prisma's client fills in; the database column has none.
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

const ON_DELETE: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  SetNull: "SET NULL",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

export function shapeFromPrismaSchema(schemaText: string): SchemaShape {
  const require = createRequire(import.meta.url);
  const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] }))) as Dmmf;
  const { enums, models, indexes } = dmmf.datamodel;
  const tableOf = new Map(models.map((model) => [model.name, model.dbName ?? model.name]));
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  const shape: SchemaShape = { enums: {}, columns: {}, indexes: [], foreignKeys: [] };
  for (const e of enums) shape.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const model of models) {
    const table = tableOf.get(model.name)!;
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const from = field.relationFromFields.map((f) => columnOf(model, f)).join(", ");
          const target = models.find((m) => m.name === field.type)!;
          const to = (field.relationToFields ?? []).map((f) => columnOf(target, f)).join(", ");
          // Prisma's default referential actions: Restrict for required, SetNull for optional.
          const onDelete = ON_DELETE[field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")];
          shape.foreignKeys.push(`${table}(${from}) -> ${tableOf.get(field.type)}(${to}) on delete ${onDelete} on update CASCADE`);
        }
        continue;
      }
      const base = field.kind === "enum" ? `"${field.type}"` : NATIVE_TYPES[field.nativeType?.[0] ?? ""] ?? SCALAR_TYPES[field.type] ?? `unknown:${field.type}`;
      const type = field.isList ? `${base}[]` : base;
      // Prisma creates list columns without NOT NULL.
      const nullable = field.isList || !field.isRequired ? "null" : "not null";
      shape.columns[`${table}.${field.dbName ?? field.name}`] = `${type} ${nullable}${hasDatabaseDefault(field) ? " default" : ""}`;
    }
  }

  for (const index of indexes) {
    const model = models.find((m) => m.name === index.model)!;
    const table = tableOf.get(index.model)!;
    const cols = index.fields.map((f) => columnOf(model, f.name));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${cols.join("_")}_${suffix}`);
    const kind = index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index";
    shape.indexes.push(`${table} ${name} ${kind}(${cols.join(", ")})`);
  }
  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}

function hasDatabaseDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue) return false;
  const def = field.default;
  if (def && typeof def === "object" && "name" in def) return !CLIENT_SIDE_DEFAULTS.has(String(def.name));
  return true;
}

export async function shapeFromDatabase(client: pg.Client | pg.PoolClient): Promise<SchemaShape> {
  const shape: SchemaShape = { enums: {}, columns: {}, indexes: [], foreignKeys: [] };

  const enums = await client.query<{ name: string; value: string }>(`
    SELECT t.typname AS name, e.enumlabel AS value
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`);
  for (const row of enums.rows) (shape.enums[row.name] ??= []).push(row.value);

  const columns = await client.query<{ tbl: string; col: string; type: string; notnull: boolean; hasdefault: boolean }>(`
    SELECT c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, a.atthasdef AS hasdefault
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relname <> '_prisma_migrations'`);
  for (const row of columns.rows) {
    shape.columns[`${row.tbl}.${row.col}`] = `${row.type} ${row.notnull ? "not null" : "null"}${row.hasdefault ? " default" : ""}`;
  }

  const indexes = await client.query<{ tbl: string; name: string; primary: boolean; unique: boolean; cols: string[] }>(`
    SELECT t.relname AS tbl, i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique,
           array_agg(a.attname ORDER BY k.ord)::text[] AS cols
    FROM pg_index ix
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE n.nspname = current_schema() AND t.relname <> '_prisma_migrations'
    GROUP BY t.relname, i.relname, ix.indisprimary, ix.indisunique`);
  for (const row of indexes.rows) {
    const kind = row.primary ? "primary" : row.unique ? "unique" : "index";
    shape.indexes.push(`${row.tbl} ${row.name} ${kind}(${row.cols.join(", ")})`);
  }

  const fks = await client.query<{ tbl: string; cols: string[]; ref: string; refcols: string[]; deltype: string; updtype: string }>(`
    SELECT t.relname AS tbl, r.relname AS ref, c.confdeltype AS deltype, c.confupdtype AS updtype,
      (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS cols,
      (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
         JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS refcols
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE c.contype = 'f' AND n.nspname = current_schema()`);
  const action: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
  for (const row of fks.rows) {
    shape.foreignKeys.push(
      `${row.tbl}(${row.cols.join(", ")}) -> ${row.ref}(${row.refcols.join(", ")}) on delete ${action[row.deltype]} on update ${action[row.updtype]}`,
    );
  }
  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}
