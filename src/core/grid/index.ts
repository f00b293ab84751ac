export * from "./address";
export * from "./grid";
export * from "./layout";
