/**
 * Builds the task pane, the ribbon commands page and the browser demo into dist/.
 * `npm run dev-server` serves them on https://localhost:3000 (the manifest's URLs).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PORT = 3000;

/** Office needs https; dev certificates may be impossible to install (CI, containers), so fall back to http. */
async function devServerProtocol() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (e) {
    console.warn(
      `[jixiao] No HTTPS development certificate (${e && e.message ? e.message : e}); ` +
        `serving on http://localhost:${PORT} — Office will not load the add-in, the demo works.`,
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    // Source maps as files: the pages' CSP forbids eval, which webpack's default dev devtool needs.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      demo: "./src/demo/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // ES modules let webpack tree-shake; `tsc --noEmit` does the type-checking.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React and Fluent UI change rarely: their own long-cached chunks, shared by pane and demo.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|rtl-css-js|stylis|use-sync-external-store|@ctrl)[\\/]/,
            name: "fluent",
            // Only what the first render needs; components used by lazy tabs stay in their chunks.
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: {
      // The budget the pane is held to is checked on gzipped sizes (see the report); raw sizes only warn.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "demo.html",
        template: "./src/demo/demo.html",
        chunks: ["demo"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The samples arrive from elsewhere; a missing folder must not fail the build.
          { from: "assets/samples/*.xlsx", to: "assets/samples/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: serving
      ? {
          // Everything is served from the build in memory, never a stale dist/.
          static: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerProtocol(),
          port: PORT,
          hot: false,
          client: { overlay: false },
        }
      : undefined,
  };
};
