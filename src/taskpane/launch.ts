import { TabKey } from "./types";

export interface LaunchOptions {
  initialTab: TabKey;
  autoCheck: boolean;
}

/** What the ribbon button asked for, from the task pane URL (`?action=check`, `?tab=library`). */
export function launchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  return {
    initialTab: params.get("tab") === "library" ? "library" : "check",
    autoCheck: params.get("action") === "check",
  };
}
