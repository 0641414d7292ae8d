"use client";

import { useTransition } from "react";
import { dismissNoticeAction } from "../actions";

export function DismissNotice({ noticeId, label }: { noticeId: string; label: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await dismissNoticeAction({ noticeId })))}
      className="shrink-0 rounded px-2 py-1 text-rose-900 underline hover:bg-rose-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
    >
      {label}
    </button>
  );
}
