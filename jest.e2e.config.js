/** Browser tests of the demo in Debian's Chromium (playwright-core). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e", "<rootDir>/test/security"],
  testMatch: [
    "**/test/e2e/**/*.test.ts",
    "**/test/security/built-pages.test.ts",
    "**/test/security/csp-built.test.ts",
  ],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  // A hang detector, not a speed test: a wait inside a test may itself take up to 2 minutes (browser.ts).
  testTimeout: 300000,
  maxWorkers: 1,
};
