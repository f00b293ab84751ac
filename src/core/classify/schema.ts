import "../schema/jitless";
import { z } from "zod";
import { KIND_LEVEL1, KIND_LEVEL2 } from "./types";

/** Schemas of ./types for the record and the report (see types.ts for what they mean). */
export const IndicatorKind = z.object({
  level1: z.enum(KIND_LEVEL1),
  level2: z.enum(KIND_LEVEL2).nullable(),
});
export const IndicatorSense = z.enum(["正向", "反向"]).nullable();
export const Classification = z.object({ kind: IndicatorKind.nullable(), sense: IndicatorSense });
