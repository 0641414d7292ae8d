import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, parseInput } from "./parse";

describe("parseInput", () => {
  const schema = z.object({ email: z.email(), size: z.coerce.number().int().min(1), name: z.string().min(1, "validation.required") });

  it("coerces form data and returns the parsed value", () => {
    const fd = new FormData();
    fd.set("email", "a@b.test");
    fd.set("size", "12");
    fd.set("name", "Ana");
    const result = parseInput(schema, formDataToObject(fd), "en");
    expect(result).toEqual({ ok: true, data: { email: "a@b.test", size: 12, name: "Ana" } });
  });

  it("gives one error per field in the user's language", () => {
    const en = parseInput(schema, { email: "nope", size: "0", name: "" }, "en", (k) => `t(${k})`);
    const de = parseInput(schema, { email: "nope", size: "0", name: "" }, "de", (k) => `t(${k})`);
    if (en.ok || de.ok) throw new Error("expected errors");
    expect(Object.keys(en.fieldErrors).sort()).toEqual(["email", "name", "size"]);
    expect(en.fieldErrors.name).toBe("t(validation.required)");
    expect(en.fieldErrors.email).not.toBe(de.fieldErrors.email);
    expect(de.fieldErrors.email).toMatch(/E-Mail/);
  });

  it("keeps repeated keys as arrays", () => {
    const fd = new FormData();
    fd.append("dept", "Sales");
    fd.append("dept", "IT");
    expect(formDataToObject(fd)).toEqual({ dept: ["Sales", "IT"] });
  });
});
