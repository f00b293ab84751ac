export * from "./plan";
export * from "./find-block";
