import { z } from "zod";
import { ApiProblem, type FieldError } from "./problem";

/** Requests larger than this are refused before they are parsed. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** One entry per invalid field (its first problem), with the field's dotted path. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const byPath = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(root)";
    if (!byPath.has(path)) byPath.set(path, issue.message);
  }
  return [...byPath].map(([path, message]) => ({ path, message }));
}

/** Query string to an object for zod: repeated keys become arrays, as in a form. */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = out[key];
    out[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  }
  return out;
}

export function parseQuery<S extends z.ZodType>(schema: S, url: URL): z.output<S> {
  const result = schema.safeParse(queryObject(url));
  if (!result.success) throw new ApiProblem("validation_failed", "Query parameters are not valid.", { status: 400, errors: fieldErrors(result.error) });
  return result.data;
}

/** Reads the body as text, refusing more than `max` bytes even when Content-Length lies. */
export async function readBodyText(request: Request, max = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > max) throw new ApiProblem("payload_too_large", `The body may hold at most ${max} bytes.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new ApiProblem("payload_too_large", `The body may hold at most ${max} bytes.`);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function isJsonMediaType(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]*\+json$/.test(type);
}

/** A JSON body checked by `schema`; 415 for another media type, 400 for broken JSON, 422 with each field for invalid data. */
export async function parseJsonBody<S extends z.ZodType>(schema: S, request: Request): Promise<z.output<S>> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new ApiProblem("unsupported_media_type", "Send the body as application/json.");
  }
  const text = await readBodyText(request);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiProblem("invalid_request", "The body is not valid JSON.");
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ApiProblem("validation_failed", "The body is not valid.", { errors: fieldErrors(result.error) });
  return result.data;
}
