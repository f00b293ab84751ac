/** Unit and integration tests. Browser tests live in jest.e2e.config.js. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser tests run in jest.e2e.config.js, after the production build.
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/e2e/",
    "<rootDir>/test/security/built-pages",
    "<rootDir>/test/security/csp-built",
  ],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  // Every property runs on a fixed seed unless FUZZ_SEED says otherwise (test/helpers/seeds.ts).
  setupFiles: ["<rootDir>/test/helpers/jest-setup.ts"],
  // A test that runs past this is hung; speed is measured by `npm run bench`. Five minutes leaves a
  // 2-core machine shared by jest's workers and other jobs room to be slow without failing anything.
  testTimeout: 300000,
};
