/* global document, URL, Blob */

/**
 * Saves text as a file the browser downloads: a Blob, an object URL and a download link, all in
 * the page (nothing goes over the network). The URL is released once the click has been handled.
 */
export function downloadText(text: string, fileName: string, mime = "application/json"): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
