export * from "./check";
export * from "./fixes";
