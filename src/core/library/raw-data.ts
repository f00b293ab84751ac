import construction from "./data/construction.json";
import funds from "./data/funds.json";
import general from "./data/general.json";
import information from "./data/information.json";
import publicServices from "./data/public-services.json";
import publicity from "./data/publicity.json";
import satisfaction from "./data/satisfaction.json";
import sifa from "./data/sifa.json";
import training from "./data/training.json";

/**
 * The built-in library's data files in library order (the seed's 司法行政 indicators first, general ones
 * last), unvalidated: entries.ts validates them with zod, the classifier reads them without loading zod.
 */
export const LIBRARY_DATA = [
  sifa,
  publicServices,
  training,
  publicity,
  construction,
  information,
  funds,
  satisfaction,
  general,
] as const;
