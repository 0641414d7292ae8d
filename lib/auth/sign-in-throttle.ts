import { clientAddressFrom } from "@/lib/security/client-address";
import { consume, secondsBlocked, type RateLimit } from "@/lib/security/rate-limit";

/** Failed sign-ins allowed per email and per client address in 15 minutes. */
const PER_EMAIL = 10;
const PER_ADDRESS = 50;
const WINDOW_SECONDS = 15 * 60;

const byEmail: RateLimit = { keyPrefix: "signin-email", points: PER_EMAIL, durationSeconds: WINDOW_SECONDS };
const byAddress: RateLimit = { keyPrefix: "signin-address", points: PER_ADDRESS, durationSeconds: WINDOW_SECONDS };

export class SignInThrottledError extends Error {
  constructor() {
    super("throttled");
  }
}

/** Throws SignInThrottledError while the email or the address has used up its failed attempts. */
export async function assertSignInAllowed(email: string, address: string): Promise<void> {
  const [emailWait, addressWait] = await Promise.all([secondsBlocked(byEmail, email.toLowerCase()), secondsBlocked(byAddress, address)]);
  if (emailWait > 0 || addressWait > 0) throw new SignInThrottledError();
}

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  await Promise.all([consume(byEmail, email.toLowerCase()), consume(byAddress, address)]);
}

/** The client address (see lib/security/client-address.ts) from the headers next-auth hands to authorize. */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  return clientAddressFrom((name) => {
    const value = headers?.[name];
    return Array.isArray(value) ? value.join(", ") : value;
  });
}
