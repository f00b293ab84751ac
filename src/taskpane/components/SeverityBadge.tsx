import { Badge } from "@fluentui/react-components";
import { Severity } from "../../core/report";
import { useStrings } from "../i18n";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useStrings();
  return (
    <Badge size="small" appearance="tint" color={COLOR[severity]}>
      {t.severity[severity]}
    </Badge>
  );
}
