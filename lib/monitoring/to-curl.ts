import type { HttpExchange } from "@/db/schema";
import { redactExchange } from "./redact-exchange";

/** Single-quotes a word for a POSIX shell. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The request of an exchange as a cURL command to replay it, with every secret
 * redacted: the Authorization header keeps its scheme but never its value
 * (`-H 'Authorization: Bearer <redacted>'`), so the command is safe to paste into a ticket.
 */
export function toCurl(exchange: HttpExchange | null | undefined): string | null {
  const request = redactExchange(exchange)?.request;
  if (!request?.url) return null;
  const parts = [`curl -X ${request.method.toUpperCase()} ${shellQuote(request.url)}`];
  const original = exchange?.request?.headers ?? {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (/^authorization$/i.test(name)) {
      const scheme = /^\s*(Bearer|Basic|Token)\b/i.exec(String(original[name] ?? ""))?.[1] ?? "Bearer";
      parts.push(`-H ${shellQuote(`Authorization: ${scheme} <redacted>`)}`);
    } else if (/^content-length$/i.test(name)) {
      continue;
    } else {
      parts.push(`-H ${shellQuote(`${name}: ${value === "[redacted]" ? "<redacted>" : value}`)}`);
    }
  }
  const body = request.body;
  if (body !== undefined && body !== null && body !== "") {
    parts.push(`--data-raw ${shellQuote(typeof body === "string" ? body : JSON.stringify(body))}`);
  }
  return parts.join(" \\\n  ");
}
