/** A part that is not well-formed XML (or not XML at all). */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}
