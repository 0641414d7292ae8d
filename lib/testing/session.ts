/** The fake request of a vitest test: who is signed in, their language, cookies and headers. */
export const testSession = {
  userId: null as string | null,
  locale: "en" as "en" | "de",
  cookies: new Map<string, string>(),
  headers: {} as Record<string, string>,
};

export function signInAs(user: { id: string } | null, locale: "en" | "de" = "en"): void {
  testSession.userId = user?.id ?? null;
  testSession.locale = locale;
}
