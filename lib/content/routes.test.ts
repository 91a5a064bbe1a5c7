import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "@/lib/site";
import { getArticles } from "./load";
import { isStaticReadingPage, matchPage, PAGE_PATTERNS } from "./routes";
import { SECTIONS } from "./types";

const [article] = getArticles();
if (!article) throw new Error("the sample content has no article");
const slug = article.slug;
const last = article.pairs.length;

describe("matchPage", () => {
  it("names the page every path builder in lib/site.ts makes", () => {
    expect(matchPage(paths.home())).toEqual({ kind: "home" });
    expect(matchPage(paths.about())).toEqual({ kind: "about" });
    expect(matchPage(paths.vocabulary())).toEqual({ kind: "vocabulary" });
    for (const section of SECTIONS) {
      expect(matchPage(paths.section(section))).toEqual({ kind: "section", section });
    }
    expect(matchPage(paths.article(slug))).toEqual({ kind: "article", article });
    expect(matchPage(paths.pair(slug, 1))).toEqual({ kind: "pair", article, n: 1 });
    expect(matchPage(paths.pair(slug, last))).toEqual({ kind: "pair", article, n: last });
  });

  it.each([
    ["an unknown page", "/contact"],
    ["the 404 page itself", "/missing"],
    ["an unknown section", "/sections/weather"],
    ["an unknown slug", paths.article("no-such-article")],
    ["pair 0", paths.pair(slug, 0)],
    ["a pair past the last", paths.pair(slug, last + 1)],
    ["a pair number with a leading zero", paths.pair(slug, "01")],
    ["a pair number that is not a number", paths.pair(slug, "1e1")],
    ["a pair number of seven digits", paths.pair(slug, "1000000")],
    ["a path longer than any page", `${paths.pair(slug, 1)}/more`],
    ["a dotted last segment", `${paths.about()}.html`],
  ])("names no page for %s (%s)", (_, pathWithinLocale) => {
    expect(matchPage(pathWithinLocale)).toBeUndefined();
  });
});

/** The page patterns of one router's folder: `page.tsx` folders (app) or page files (pages). */
function routerPatterns(router: "app" | "pages"): string[] {
  const root = path.join(process.cwd(), router, "[locale]");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" });
  const toPattern = (file: string) =>
    `/${file.split(path.sep).join("/")}`.replace(/\/?(page|index)?\.tsx$/, "").replace(/^$/, "/") ||
    "/";
  return router === "app"
    ? files
        .filter((file) => path.basename(file) === "page.tsx")
        .map(toPattern)
        // The 404 page (reached by proxy.ts's rewrite) and the catch-all that renders it.
        .filter((folder) => folder !== "/missing" && folder !== "/[...rest]")
    : files.filter((file) => file.endsWith(".tsx")).map(toPattern);
}

describe("the page map and the two routers", () => {
  it("has one entry for every page, and a page for every entry", () => {
    const pages = [...routerPatterns("app"), ...routerPatterns("pages")].sort();
    expect(pages).toEqual([...PAGE_PATTERNS].sort());
  });

  it("serves exactly the reading pages from pages/, as static HTML", () => {
    const staticPages = routerPatterns("pages")
      .map((pattern) =>
        matchPage(
          pattern.replace("[section]", "world").replace("[slug]", slug).replace("[n]", "1"),
        ),
      )
      .map((page) => page?.kind)
      .sort();
    expect(staticPages).toEqual(["article", "home", "pair", "section"]);
    for (const kind of staticPages) expect(isStaticReadingPage({ kind } as never)).toBe(true);
    expect(isStaticReadingPage({ kind: "vocabulary" })).toBe(false);
  });
});
