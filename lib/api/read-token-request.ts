import type { OAuthErrorCode } from "@/lib/validations/api-token";
import { ApiProblem } from "./problem";
import { readBodyText } from "./parse-request";

export class TokenRequestError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type TokenInput = { clientId: string; clientSecret: string; scope?: string; usedBasic: boolean };

const MAX_BYTES = 16 * 1024;

async function readParams(request: Request): Promise<Map<string, string[]>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  let text: string;
  try {
    text = await readBodyText(request, MAX_BYTES);
  } catch (error) {
    if (error instanceof ApiProblem) throw new TokenRequestError("invalid_request", "The request body is too large.");
    throw error;
  }
  const params = new Map<string, string[]>();
  const add = (key: string, value: string) => params.set(key, [...(params.get(key) ?? []), value]);
  if (type === "application/x-www-form-urlencoded") {
    for (const [key, value] of new URLSearchParams(text)) add(key, value);
  } else if (type === "application/json") {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new TokenRequestError("invalid_request", "The body is not valid JSON.");
    }
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new TokenRequestError("invalid_request", "The body must be a JSON object.");
    for (const [key, value] of Object.entries(body)) {
      if (typeof value !== "string") throw new TokenRequestError("invalid_request", `The parameter ${key.slice(0, 50)} must be a string.`);
      add(key, value);
    }
  } else {
    throw new TokenRequestError("invalid_request", "Send the parameters as application/x-www-form-urlencoded (or application/json).");
  }
  return params;
}

function basicCredentials(header: string | null): { clientId: string; clientSecret: string } | null {
  const match = header ? /^Basic[ ]+([A-Za-z0-9+/=]+)[ ]*$/i.exec(header) : null;
  if (!header || !/^Basic /i.test(header)) return null;
  if (!match) throw new TokenRequestError("invalid_client", "Malformed Basic authorization header.");
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw new TokenRequestError("invalid_client", "Malformed Basic authorization header.");
  try {
    // RFC 6749 2.3.1: client id and secret are form-encoded before Basic encoding.
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
    return { clientId: decode(decoded.slice(0, colon)), clientSecret: decode(decoded.slice(colon + 1)) };
  } catch {
    throw new TokenRequestError("invalid_client", "Malformed Basic authorization header.");
  }
}

/** The parameters of a token request, checked as RFC 6749 requires (each at most once, one client authentication method). */
export async function readTokenRequest(request: Request): Promise<TokenInput> {
  const params = await readParams(request);
  for (const [key, values] of params) {
    if (values.length > 1) throw new TokenRequestError("invalid_request", `The parameter ${key.slice(0, 50)} is repeated.`);
  }
  const get = (key: string) => params.get(key)?.[0];
  const grantType = get("grant_type");
  if (!grantType) throw new TokenRequestError("invalid_request", "grant_type is missing.");
  if (grantType !== "client_credentials") throw new TokenRequestError("unsupported_grant_type", "Only grant_type=client_credentials is supported.");
  const basic = basicCredentials(request.headers.get("authorization"));
  const bodyId = get("client_id");
  const bodySecret = get("client_secret");
  if (basic && (bodySecret !== undefined || (bodyId !== undefined && bodyId !== basic.clientId))) {
    throw new TokenRequestError("invalid_request", "Use one client authentication method: HTTP Basic or client_id and client_secret.");
  }
  const clientId = basic?.clientId ?? bodyId;
  const clientSecret = basic?.clientSecret ?? bodySecret;
  if (!clientId || !clientSecret || clientId.length > 200 || clientSecret.length > 500) {
    throw new TokenRequestError("invalid_client", "Client authentication failed: send client_id and client_secret.");
  }
  const scope = get("scope");
  if (scope !== undefined && scope.length > 1000) throw new TokenRequestError("invalid_scope", "The scope parameter is too long.");
  return { clientId, clientSecret, scope, usedBasic: basic !== null };
}
