import { getTranslations } from "next-intl/server";
import { InlineText } from "./inline-text";

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
};
export type Components = Record<string, JsonSchema>;

export const refName = (ref: string) => ref.split("/").pop() ?? ref;

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let current = schema;
  for (let i = 0; i < 10 && current.$ref; i++) current = { ...components[refName(current.$ref)], description: current.description ?? components[refName(current.$ref)]?.description };
  return current;
}

/** A short type label: "string (uuid)", "array of Employee", "one of: active, disabled". */
export function typeLabel(schema: JsonSchema, components: Components): string {
  if (schema.$ref) return refName(schema.$ref);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((v) => typeLabel(v, components)).join(" | ");
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["any"];
  return types
    .map((type) => (type === "array" && schema.items ? `array of ${typeLabel(schema.items, components)}` : schema.format && type !== "null" ? `${type} (${schema.format})` : type))
    .join(" | ");
}

function limits(schema: JsonSchema): string {
  const out: string[] = [];
  if (schema.minimum !== undefined) out.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) out.push(`≤ ${schema.maximum}`);
  if (schema.maxLength !== undefined) out.push(`≤ ${schema.maxLength} chars`);
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  return out.join(", ");
}

type Row = { name: string; schema: JsonSchema; required: boolean };

/** Flattens an object schema into dotted rows (provider.name, items[].status), three levels deep. */
function rows(schema: JsonSchema, components: Components, prefix = "", depth = 0): Row[] {
  const resolved = resolve(schema, components);
  const props = resolved.properties ?? {};
  return Object.entries(props).flatMap(([name, child]) => {
    const row: Row = { name: prefix + name, schema: child, required: resolved.required?.includes(name) ?? false };
    if (depth >= 2) return [row];
    const inner = resolve(child, components);
    const nestedObject = inner.properties && !child.$ref;
    const arrayOfObjects = inner.type === "array" && inner.items && !inner.items.$ref && resolve(inner.items, components).properties;
    if (nestedObject) return [row, ...rows(inner, components, `${row.name}.`, depth + 1)];
    if (arrayOfObjects) return [row, ...rows(inner.items!, components, `${row.name}[].`, depth + 1)];
    return [row];
  });
}

export async function SchemaTable({ schema, components }: { schema: JsonSchema; components: Components }) {
  const t = await getTranslations("api.developers");
  const list = rows(schema, components);
  if (list.length === 0) return <p className="text-sm text-slate-600">{typeLabel(schema, components)}</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-4">{t("field")}</th>
          <th scope="col" className="py-1 pr-4">{t("type")}</th>
          <th scope="col" className="py-1">{t("columnDescription")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {list.map((row) => (
          <tr key={row.name}>
            <td className="py-1 pr-4 font-mono text-xs">
              {row.name}
              {row.required ? <span className="ml-1 text-rose-700" title={t("required")}>*</span> : null}
            </td>
            <td className="py-1 pr-4 font-mono text-xs text-slate-700">{typeLabel(row.schema, components)}</td>
            <td className="py-1 text-slate-700">
              {row.schema.description ? <InlineText text={row.schema.description} /> : null}
              {limits(row.schema) ? <span className="block text-xs text-slate-500">{limits(row.schema)}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
