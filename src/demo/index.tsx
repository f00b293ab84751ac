/* global document, window */
import { createRoot } from "react-dom/client";
import { readXlsx } from "../hosts/xlsx/read";
import { languageFrom } from "../taskpane/i18n";
import { DemoPage } from "./DemoPage";
import { SAMPLES } from "./samples";

const params = new URLSearchParams(window.location.search);
const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <DemoPage
      lang={languageFrom(params.get("lang"))}
      samples={SAMPLES}
      read={readXlsx}
      initialSample={params.get("sample")}
    />,
  );
}
