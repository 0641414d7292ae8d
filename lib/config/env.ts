import { z } from "zod";
import { parsePrivateRanges } from "../connections/target-address-policy";

/**
 * The environment, validated once at start with errors that say what to fix.
 * `npm start` fills the local defaults (embedded database, generated secrets)
 * before this runs; a real deployment sets them.
 */
const base64Or64Hex = z
  .string()
  .refine((v) => /^[0-9a-f]{64}$/i.test(v) || Buffer.from(v, "base64").length === 32, "must be 32 bytes, as base64 or 64 hex characters");

export const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection string"),
  ENCRYPTION_KEY: base64Or64Hex,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  NEXTAUTH_URL: z.url("must be the public URL of the app, e.g. https://marketplace.example.com").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  PLATFORM_NAME: z.string().min(1).max(80).optional(),
  WORKER_IN_PROCESS: z.enum(["true", "false"]).optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be smtp:// or smtps://").optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).optional(),
  /** SSRF guard (lib/connections/target-address-policy.ts): private ranges connections may call, e.g. 10.20.0.0/16,192.168.5.0/24 */
  TARGET_ALLOWED_PRIVATE_RANGES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const parsed = parsePrivateRanges(value);
      if (!parsed.ok) for (const problem of parsed.problems) ctx.addIssue({ code: "custom", message: problem });
    }),
  /** loopback targets (127.0.0.0/8, ::1, localhost); unset: allowed only when NODE_ENV is development or test */
  ALLOW_LOOPBACK_TARGETS: z.enum(["true", "false"], "must be true or false").optional(),
  SYNC_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000, "must be at least 1000 (ms)").max(120_000, "must be at most 120000 (ms)").optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Throws one error listing every problem, never printing a secret's value. */
export function validateEnv(env: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}
