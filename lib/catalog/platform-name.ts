/** The platform's name ("by <platform name>" on first-party listings), from configuration. */
export function platformName(): string {
  return process.env.PLATFORM_NAME?.trim() || "Personio";
}
