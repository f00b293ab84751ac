import { ReadResult } from "../reader";
import { RuleContext } from "./rule";

/**
 * A value computed once per table read and shared by the rules that need it (parsed values, the
 * text cells, the amounts), so that running every rule stays linear in the table's size.
 */
export function perRead<T>(compute: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const cache = new WeakMap<ReadResult, T>();
  return (ctx) => {
    let v = cache.get(ctx.read);
    if (v === undefined) {
      v = compute(ctx);
      cache.set(ctx.read, v);
    }
    return v;
  };
}
