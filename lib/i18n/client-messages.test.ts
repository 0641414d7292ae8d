import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Pages send the browser only the message namespaces their segment's ClientMessages lists
 * (components/i18n/client-messages.tsx). This walks every page's imports and fails when a
 * client component under it asks for a namespace its nearest ClientMessages does not send.
 */
const root = process.cwd();
const PAGE_FILES = new Set(["page.tsx", "layout.tsx", "error.tsx", "not-found.tsx"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return [".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((f) => existsSync(f)) ?? null;
}

const read = (file: string) => readFileSync(file, "utf8");
const importsOf = (file: string) => [...read(file).matchAll(/from "([^"]+)"/g)].map((m) => resolveImport(file, m[1])).filter((f): f is string => !!f);
const usesOf = (file: string) => [...read(file).matchAll(/useTranslations\("([^".]+)[^"]*"\)/g)].map((m) => m[1]);

function needed(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || file.includes(`${path.sep}components${path.sep}i18n${path.sep}`)) return new Set();
  seen.add(file);
  const namespaces = new Set(usesOf(file));
  for (const imported of importsOf(file)) for (const ns of needed(imported, seen)) namespaces.add(ns);
  return namespaces;
}

/** The namespaces of the nearest layout at or above the file's folder that renders ClientMessages. */
function provided(file: string): Set<string> {
  for (let dir = path.dirname(file); dir.startsWith(path.join(root, "app")); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    const match = existsSync(layout) ? /<ClientMessages(?: namespaces=\{\[([^\]]*)\]\})?/.exec(read(layout)) : null;
    if (match) return new Set(["common", ...(match[1] ?? "").split(",").map((s) => s.trim().replace(/"/g, "")).filter(Boolean)]);
  }
  return new Set();
}

describe("client messages", () => {
  it("every page's client components get the namespaces they use", () => {
    const pages = sourceFiles(path.join(root, "app")).filter((f) => PAGE_FILES.has(path.basename(f)));
    expect(pages.length).toBeGreaterThan(20);
    const missing = pages.flatMap((page) => {
      const have = provided(page);
      const lacking = [...needed(page)].filter((ns) => !have.has(ns));
      return lacking.length ? [`${path.relative(root, page)}: ${lacking.join(", ")}`] : [];
    });
    expect(missing).toEqual([]);
  });
});
