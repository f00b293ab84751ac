/**
 * The fake Excel of the host tests counts syncs with `jest.fn` (it reads `fn.mock.calls`). Outside
 * jest the bench provides just that: a function that records its calls and runs the implementation.
 */
type Impl = (...args: unknown[]) => unknown;

export function installJestFnShim(): void {
  const g = globalThis as unknown as { jest?: { fn: (impl?: Impl) => Impl } };
  if (g.jest) return;
  g.jest = {
    fn(impl?: Impl) {
      const calls: unknown[][] = [];
      const mock = Object.assign(
        (...args: unknown[]) => {
          calls.push(args);
          return impl?.(...args);
        },
        { mock: { calls } },
      );
      return mock;
    },
  };
}
