/** Link styles matching components/ui/button (for server components that link like a button). */
const BASE =
  "inline-flex items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2";
export const PRIMARY_LINK = `${BASE} bg-indigo-600 text-white hover:bg-indigo-700`;
export const SECONDARY_LINK = `${BASE} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50`;
