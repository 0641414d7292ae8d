/** Where API clients get their tokens (OAuth 2.0 client credentials), shown to admins beside a partner's new credentials. */
export const PARTNER_TOKEN_PATH = "/api/v1/auth/token";
