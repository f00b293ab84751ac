import { useEffect, useRef } from "react";

/** A ref that is true while the component is mounted: async work sets no state after unmount. */
export function useMounted(): { readonly current: boolean } {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
