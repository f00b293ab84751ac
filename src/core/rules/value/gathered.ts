import { Finding } from "../rule";

/**
 * A rule's findings, gathered by a plain loop and then yielded. A generator's own loop runs as it was
 * first compiled for the whole table (the engine does not optimise a generator while it runs), a plain
 * function's is optimised as it goes. A failure still yields the findings before it, then throws, as
 * the generator did.
 */
export function* gathered(find: (out: Finding[]) => void): Generator<Finding> {
  const out: Finding[] = [];
  try {
    find(out);
  } catch (e) {
    yield* out;
    throw e;
  }
  yield* out;
}
