import { expect, test } from "@playwright/test";
import { LOCALES, articles } from "./support";

// Every article of the library, in every interface language, as a crawler or a first visit gets it.
for (const article of articles) {
  test(`${article.slug} renders every pair in every locale`, async ({ request }) => {
    for (const { prefix, zhLang } of LOCALES) {
      const response = await request.get(`${prefix}/articles/${article.slug}`);
      expect(response.status(), prefix).toBe(200);
      const html = await response.text();
      const ids = [...html.matchAll(/ id="(p\d+)"/g)].map((m) => m[1]);
      expect(ids, prefix).toEqual(article.pairs.map((pair) => `p${pair.n}`));
      const chinese = html.match(new RegExp(`<p lang="${zhLang}" class="text-zh">`, "g")) ?? [];
      expect(chinese.length, prefix).toBe(article.pairs.length);
    }
  });
}
