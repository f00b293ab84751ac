export * from "./memoryHost";
