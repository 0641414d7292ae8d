"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

type Labels = { label: string; overview: string; settings: string; activity: string; monitoring: string };

/** The connection's tabs; each is a URL, the current one marked for screen readers. */
export function ConnectionTabs({ id, monitoring, labels }: { id: string; monitoring: boolean; labels: Labels }) {
  const segment = useSelectedLayoutSegment();
  const tabs = [
    { segment: null, href: `/connections/${id}`, label: labels.overview },
    { segment: "settings", href: `/connections/${id}/settings`, label: labels.settings },
    { segment: "activity", href: `/connections/${id}/activity`, label: labels.activity },
    ...(monitoring ? [{ segment: "monitoring", href: `/connections/${id}/monitoring`, label: labels.monitoring }] : []),
  ];
  return (
    <nav aria-label={labels.label} className="border-b border-slate-200">
      <ul className="-mb-px flex gap-4 text-sm">
        {tabs.map((tab) => {
          const active = tab.segment === segment;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-1 pb-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
                  active ? "border-indigo-600 font-medium text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
