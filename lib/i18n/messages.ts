import type { Locale } from "./locales";

/**
 * Messages are split by domain (one JSON file per namespace and language) so
 * features add their texts without touching each other's files.
 */
export const NAMESPACES = [
  "common",
  "auth",
  "shell",
  "errors",
  "validation",
  "labels",
  "catalog",
  "demo",
  "connections",
  "wizard",
  "monitoring",
  "employees",
  "api",
] as const;

export type Messages = Record<string, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
