/** Where the wizard of a connection shows a step. `/marketplace/[slug]/connect` alone starts a new set-up. */
export function wizardHref(slug: string, connectionId?: string, step?: string): string {
  const params = new URLSearchParams();
  if (connectionId) params.set("connection", connectionId);
  if (step) params.set("step", step);
  const query = params.toString();
  return `/marketplace/${slug}/connect${query ? `?${query}` : ""}`;
}

/** The Settings tab (Edit configuration) of a connection at one step. */
export function settingsHref(connectionId: string, step?: string): string {
  return `/connections/${connectionId}/settings${step ? `?step=${step}` : ""}`;
}
