import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/shell/sidebar";
import { getCurrentUser } from "@/lib/auth/current-user";

/** The signed-in app shell. Each page still checks its own ability (lib/auth/protected-page). */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return (
    <div className="flex min-h-screen">
      <Sidebar user={user} />
      <main id="main" className="min-w-0 flex-1 p-8">
        {children}
      </main>
    </div>
  );
}
