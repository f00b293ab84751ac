/** Whether more or less of an indicator is better: 正向 more is better, 反向 less is better, null neither. */
export type Sense = "正向" | "反向" | null;

/** Stub: the value-rules helper fills this in. */
export function indicatorSense(name: string): Sense {
  void name;
  return null;
}
