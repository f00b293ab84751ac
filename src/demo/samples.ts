/** Workbooks bundled with the demo (copied into dist/assets/samples by webpack). */
export interface Sample {
  id: string;
  url: string;
  labelZh: string;
  labelEn: string;
}

export const SAMPLES: Sample[] = [
  {
    id: "tianhe-2019",
    url: "assets/samples/tianhe-2019.xlsx",
    labelZh: "天河区司法局 2019（原表）",
    labelEn: "Tianhe justice bureau 2019 (as published)",
  },
  {
    id: "tianhe-2019-defects",
    url: "assets/samples/tianhe-2019-defects.xlsx",
    labelZh: "天河区司法局 2019（含常见错误）",
    labelEn: "Tianhe justice bureau 2019 (with common mistakes)",
  },
];
