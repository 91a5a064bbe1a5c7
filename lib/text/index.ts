/**
 * Text rules in one place: which script a text is in, whitespace, calendar dates and sentence
 * boundaries. The content layer, the editor tools and the share cards all read text through these.
 */
export * from "./date";
export * from "./script";
export * from "./sentences";
export * from "./whitespace";
