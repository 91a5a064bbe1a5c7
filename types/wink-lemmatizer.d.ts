// wink-lemmatizer ships no types; these are the three functions the app calls (lib/learning/english.ts).
declare module "wink-lemmatizer" {
  const lemmatizer: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
