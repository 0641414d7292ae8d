import path from "node:path";
import { sandboxPort, startSandboxScim } from "../../lib/testing/sandbox-scim";

/**
 * Processes `npm start` runs beside the app on a demo machine. Each returns how to stop it.
 * The sandbox SCIM directory (loopback, SANDBOX_SCIM_PORT, default 3901) is what the demo
 * company's directory integrations sync against; SANDBOX_SCIM=false leaves it out.
 */
export async function startSidecars(options: { dataDir: string }): Promise<{ stop: () => Promise<void> }> {
  const stops: (() => Promise<void>)[] = [];
  if (process.env.SANDBOX_SCIM !== "false") {
    try {
      const sandbox = await startSandboxScim({ port: sandboxPort(), file: path.join(options.dataDir, "sandbox-scim.json") });
      // The demo seed finds the running sandbox through this.
      process.env.SANDBOX_SCIM_URL = sandbox.origin;
      stops.push(sandbox.stop);
      console.log(`Sandbox SCIM directory on ${sandbox.origin}`);
    } catch (error) {
      console.warn(`Sandbox SCIM directory not started (${(error as Error).message}); the demo's syncs will fail until it runs.`);
    }
  }
  return { stop: async () => void (await Promise.all(stops.map((s) => s().catch(() => {})))) };
}
