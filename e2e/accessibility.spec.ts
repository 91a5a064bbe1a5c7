import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, test } from "@playwright/test";
import { chinese, enWord, SLUG } from "./learning-page";
import { ALL_VOICES, installSpeech, setVoices } from "./speech";
import { LOCALES, longArticle, screenshot } from "./support";

// axe walks every node of a long bilingual article; on a busy two-core machine one run alone has taken
// over 30 s, Playwright's default limit for a whole test.
test.describe.configure({ timeout: 90_000 });

for (const { prefix, lang } of LOCALES) {
  for (const [name, path] of [
    ["home", prefix],
    ["article", `${prefix}/articles/${longArticle.slug}`],
    ["parallel article", `${prefix}/articles/${longArticle.slug}?view=parallel`],
  ] as const) {
    test(`${name} in ${lang} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
        [],
      );
    });
  }
}

test("the article has no axe violations in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/en/articles/${longArticle.slug}`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

// Every learning feature at once, the whole page: pinyin on, study mode with a masked and a revealed
// pair, a pair being read aloud (recording stand-in for speechSynthesis), words coloured and a word's
// popover open with its mark set.
for (const { prefix, lang, messages, phone } of [
  ...LOCALES.map((locale) => ({ ...locale, phone: false })),
  { ...LOCALES[1], phone: true },
]) {
  test(`every learning feature on, the whole article in ${lang} has no axe violations${phone ? " @mobile" : ""}`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = messages.Learning;
    const press = (target: Locator) => (phone ? target.tap() : target.click());
    await installSpeech(page);
    await page.goto(`${prefix}/articles/${SLUG}`);
    await setVoices(page, ALL_VOICES);
    await press(page.getByRole("button", { name: t.pinyin, exact: true }));
    await press(page.getByRole("button", { name: t.hideChinese }));
    await expect(chinese(page)).toHaveAttribute("data-learn", "ready");
    await press(
      page.getByRole("button", { name: t.revealChinese.replace("{n}", "2"), exact: true }),
    );
    await expect(
      page.getByRole("button", { name: t.revealChinese.replace("{n}", "1"), exact: true }),
    ).toBeVisible();
    await press(
      page.getByRole("button", {
        name: messages.ReadAloud.playEn.replace("{n}", "1"),
        exact: true,
      }),
    );
    await expect(page.getByRole("region", { name: messages.ReadAloud.region })).toBeVisible();
    await press(page.getByRole("button", { name: t.colourWords, exact: true }));
    await page.getByRole("combobox", { name: t.colourLevel }).selectOption("1");
    await page.getByRole("combobox", { name: t.colourLevelEn }).selectOption("A1");
    // A paragraph marked known at once: its button now offers Undo, its status says how many.
    await press(
      page.getByRole("button", { name: t.markPairNamed.replace("{n}", "3"), exact: true }),
    );
    await expect(
      page.getByRole("button", { name: t.undoPairNamed.replace("{n}", "3"), exact: true }),
    ).toBeVisible();
    await press(enWord(page, "instruments"));
    const dialog = page.getByRole("dialog", {
      name: t.wordDialog.replace("{word}", "instruments"),
    });
    await expect(dialog).toBeVisible();
    // A word marked learning, coloured in the text, with the popover's mark pressed.
    const learning = dialog.getByRole("button", { name: t.learning, exact: true });
    await press(learning);
    await expect(learning).toHaveAttribute("aria-pressed", "true");
    await expect(enWord(page, "instruments")).toHaveClass(/\bword-learning\b/);
    await screenshot(page, `learning-everything-${lang}-${phone ? "phone" : "desktop"}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
      [],
    );
  });
}
