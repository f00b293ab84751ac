/**
 * 指标库 recommendations for a task of the table (or a free text): what fits its goal and fills what
 * it lacks, with the reason. Pure and offline.
 */
export * from "./gaps";
export * from "./rank";
export * from "./reasons";
export { bigrams, cosine, longestShared, PairWeights } from "./ngrams";
export { formatRecommendationsText } from "./format";
