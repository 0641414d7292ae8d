import type { ScimSecrets, ScimSettings } from "@/lib/connections/settings";
import { checkAnswer } from "@/lib/sync/engine/sync-errors";
import { httpRequest, NetworkError, type HttpResult } from "@/lib/sync/http";
import type { TestConnectionResult } from "../types";
import { scimErrorMessage, scimUrl } from "./scim-url";

/** An HTML page or broken JSON where SCIM JSON belongs (a proxy's login page, a website at a wrong URL). */
const notJson = (result: HttpResult) => checkAnswer(result, "json")?.message ?? null;

/**
 * "Test connection" for SCIM 2.0 targets: reads ServiceProviderConfig (RFC 7644 §5),
 * then lists one user (GET /Users?count=1) to prove the token may read users.
 * Nothing is written to the target.
 */
export async function testScimConnection(options: {
  settings: Pick<ScimSettings, "baseUrl">;
  secrets: ScimSecrets;
  fetchImpl?: typeof fetch;
}): Promise<TestConnectionResult> {
  const headers = { authorization: `Bearer ${options.secrets.token}` };
  const exchanges = [];
  try {
    const config = await httpRequest({ method: "GET", url: scimUrl(options.settings.baseUrl, "/ServiceProviderConfig"), headers, timeoutMs: 15_000, fetchImpl: options.fetchImpl });
    exchanges.push(config.exchange);
    if (config.status !== 200) {
      return { ok: false, status: config.status, message: scimErrorMessage(config.status, config.body), exchanges };
    }
    if (notJson(config)) return { ok: false, status: 200, message: notJson(config)!, exchanges };
    const users = await httpRequest({ method: "GET", url: scimUrl(options.settings.baseUrl, "/Users?startIndex=1&count=1"), headers, timeoutMs: 15_000, fetchImpl: options.fetchImpl });
    exchanges.push(users.exchange);
    if (users.status !== 200) {
      return { ok: false, status: users.status, message: scimErrorMessage(users.status, users.body), exchanges };
    }
    if (notJson(users)) return { ok: false, status: 200, message: notJson(users)!, exchanges };
    const spc = (config.body ?? {}) as Record<string, { supported?: boolean } | undefined>;
    const list = (users.body ?? {}) as { totalResults?: number };
    return {
      ok: true,
      exchanges,
      summary: {
        patch: spc.patch?.supported === true,
        filter: spc.filter?.supported === true,
        etag: spc.etag?.supported === true,
        bulk: spc.bulk?.supported === true,
        totalUsers: typeof list.totalResults === "number" ? list.totalResults : 0,
      },
    };
  } catch (error) {
    if (error instanceof NetworkError) {
      const message = error.reason === "blocked" ? error.message : `The target could not be reached (${error.reason}): ${error.message}`;
      return { ok: false, message, exchanges: [...exchanges, error.exchange] };
    }
    throw error;
  }
}
