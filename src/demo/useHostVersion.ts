import { useEffect, useState } from "react";
import { MemoryHost } from "../hosts/memory";

/** A number that changes whenever the host's workbook, marks or selection change: re-renders the preview. */
export function useHostVersion(host: MemoryHost): number {
  const [version, setVersion] = useState(0);
  useEffect(() => host.onChange(() => setVersion((v) => v + 1)), [host]);
  return version;
}
