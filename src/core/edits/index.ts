export * from "./edit";
export * from "./apply";
