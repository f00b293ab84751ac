/* jsdom lacks what the library tab and the xlsx reader use in a browser. Imported first by these tests. */
import "../setup";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = NodeTextEncoder;

if (typeof Blob !== "undefined" && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

if (typeof Blob !== "undefined" && !Blob.prototype.text) {
  Blob.prototype.text = async function text(this: Blob): Promise<string> {
    return new NodeTextDecoder().decode(await this.arrayBuffer());
  };
}

export {};
