import Link from "next/link";

/** One filter as a list of links: each option is a URL, so the back button and pasted links just work. */
export function FilterGroup(props: { title: string; options: { label: string; href: string; active: boolean; count?: number }[] }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{props.title}</h3>
      <ul className="space-y-0.5">
        {props.options.map((option) => (
          <li key={option.href + option.label}>
            <Link
              href={option.href}
              prefetch={false}
              aria-current={option.active ? "true" : undefined}
              className={`flex items-center justify-between rounded px-2 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
                option.active ? "bg-indigo-50 font-medium text-indigo-800" : "text-slate-700 hover:bg-slate-100"
              }`}
            >
              <span>{option.label}</span>
              {option.count !== undefined ? <span className="text-xs text-slate-500">{option.count}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
