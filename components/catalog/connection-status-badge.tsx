import { Badge } from "@/components/ui/badge";
import type { ConnectionState } from "@/lib/catalog/get-connection-statuses";
import type { T } from "@/lib/catalog/translator";

const TONE = { connected: "success", pending: "warning", inactive: "neutral" } as const;

export function ConnectionStatusBadge({ state, t }: { state: ConnectionState; t: T }) {
  return (
    <Badge tone={TONE[state.status]} title={t(`labels.connectionStatusHelp.${state.status}`)}>
      {t(`labels.connectionStatus.${state.status}`)}
    </Badge>
  );
}
