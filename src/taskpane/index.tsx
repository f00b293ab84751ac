/* global document, Office, window */
import { lazy } from "react";
import { createRoot } from "react-dom/client";
import { OfficeHost } from "../hosts/office";
import { readWorkbookFile } from "../hosts/readWorkbookFile";
import { App } from "./components/App";
import { languageFrom } from "./i18n";
import { launchOptions } from "./launch";

// The indicator library (its data and pinyin tables) loads when its tab is first opened.
const LibraryTab = lazy(() => import("./library/LibraryTab"));

// The only module of the pane that touches Office: everything below App gets the host as a prop.
Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  // Reading an .xlsx library is the only file reading the pane does; its code loads on first use.
  const host = new OfficeHost({ readWorkbookFile });
  const { initialTab, autoCheck } = launchOptions(window.location.search);
  createRoot(container).render(
    <App
      host={host}
      lang={languageFrom(Office.context.displayLanguage)}
      initialTab={initialTab}
      autoCheck={autoCheck}
      // read() returns the active sheet; when it holds no table, every sheet is read and checked.
      readFallback={() => host.read({ sheets: "all" })}
      library={LibraryTab}
    />,
  );
});
