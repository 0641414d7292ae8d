import { eq } from "drizzle-orm";
import { db } from "@/db";
import { organizations } from "@/db/schema";

/** True for the platform itself, the owner of the catalog (who decides on integration requests). */
export async function isPlatformOrganization(organizationId: string): Promise<boolean> {
  const [org] = await db.select({ isPlatform: organizations.isPlatform }).from(organizations).where(eq(organizations.id, organizationId));
  return Boolean(org?.isPlatform);
}
