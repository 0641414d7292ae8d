import "server-only";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { MissingRights } from "@/components/auth/missing-rights";
import { checkAbility } from "./authorize";
import type { SessionUser } from "./current-user";
import type { Ability } from "./rights";

type PageProps = { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Wraps a page in the rights check: signed-out visitors go to sign-in, users
 * without the ability see which rights they miss, everyone else gets the page.
 */
export function protectedPage<P extends Partial<PageProps>>(
  ability: Ability,
  render: (props: P & { user: SessionUser }) => Promise<ReactNode> | ReactNode,
) {
  return async function ProtectedPage(props: P) {
    const check = await checkAbility(ability);
    if (check.status === "unauthenticated") redirect("/signin");
    if (check.status === "forbidden") return <MissingRights missing={check.missing} />;
    return render({ ...props, user: check.user });
  };
}
