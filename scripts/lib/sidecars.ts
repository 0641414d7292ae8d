/**
 * Processes `npm start` runs beside the app on a demo machine (the sync engine
 * adds the sandbox SCIM directory here). Each returns how to stop it.
 */
export async function startSidecars(_options: { dataDir: string }): Promise<{ stop: () => Promise<void> }> {
  const stops: (() => Promise<void>)[] = [];
  return { stop: async () => void (await Promise.all(stops.map((s) => s().catch(() => {})))) };
}
