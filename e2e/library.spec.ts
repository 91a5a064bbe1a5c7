import { expect, test } from "@playwright/test";
import { load } from "cheerio";
import { toTraditional } from "@/lib/chinese/convert";
import { plainText } from "@/lib/content/markdown";
import { LOCALES, articles } from "./support";

// Every article of the library, in every interface language, as a crawler or a first visit gets it.
for (const article of articles) {
  test(`${article.slug} renders every pair in every locale`, async ({ request }) => {
    for (const { prefix, zhLang } of LOCALES) {
      const response = await request.get(`${prefix}/articles/${article.slug}`);
      expect(response.status(), prefix).toBe(200);
      const $ = load(await response.text());
      const pairs = $('[id^="p"]').filter((_, element) => /^p\d+$/.test(element.attribs.id ?? ""));
      expect(pairs.map((_, element) => element.attribs.id).get(), prefix).toEqual(
        article.pairs.map((pair) => `p${pair.n}`),
      );
      // Each pair holds its English and its Chinese, each marked with its language.
      pairs.each((i, element) => {
        const pair = $(element);
        expect(pair.find('[lang="en"]').text(), `${prefix} p${i + 1}`).toBe(
          plainText(article.pairs[i]!.en),
        );
        const zh = plainText(article.pairs[i]!.zh);
        expect(pair.find(`[lang="${zhLang}"]`).text(), `${prefix} p${i + 1}`).toBe(
          zhLang === "zh-Hant" ? toTraditional(zh) : zh,
        );
      });
    }
  });
}
