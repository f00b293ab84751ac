const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");

// The plugin's configs cover .ts but not .tsx, and name the TypeScript parser through a default
// import that resolves to undefined with this parser version: widen the files and set the parser.
const widen = (config) =>
  config.files && config.files.some((f) => f.includes("ts,"))
    ? {
        ...config,
        files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"],
        languageOptions: { ...config.languageOptions, parser: tsParser, ecmaVersion: 2022 },
      }
    : config;

module.exports = [
  {
    ignores: [
      "dist/**",
      "lib/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "test/stubs/**",
      ".scratch/**",
    ],
  },
  ...officeAddins.configs.react.map(widen),
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "react/no-danger": "error",
      // TypeScript checks redeclarations itself; a zod schema and its type share a name by design.
      "no-redeclare": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
];
