/* jsdom has no TextDecoder/TextEncoder; the workbook reader (used here to load real samples) needs them. */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextDecoder, TextEncoder });
