import { inflateSync } from "fflate";
import { Inflate } from "./zip";

/** fflate's inflater (pure JavaScript, runs in the browser); it never grows the buffer it is given. */
export const inflateWithFflate: Inflate = (raw, size) => inflateSync(raw, { out: new Uint8Array(size) });
