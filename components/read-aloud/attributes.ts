/** The attributes the read-aloud island (islands/read-aloud.ts) finds its buttons by. */
export const READ_ATTRIBUTE = "data-read";
export const READ_PAIR_ATTRIBUTE = "data-read-pair";
