import { describe, expect, it } from "vitest";
import { negotiateLocale, parseAcceptLanguage } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    ["zh", "zh-Hans"],
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-Hans", "zh-Hans"],
    ["zh-Hans-CN", "zh-Hans"],
    ["zh-TW", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant", "zh-Hant"],
    ["zh-Hant-HK", "zh-Hant"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["", "en"],
  ])("maps Accept-Language %j to %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("follows q weights, not just order", () => {
    expect(negotiateLocale("en;q=0.5, zh-TW;q=0.9")).toBe("zh-Hant");
    expect(negotiateLocale("fr, de;q=0.9, zh-CN;q=0.8, en;q=0.7")).toBe("zh-Hans");
  });

  it("lets the reader's earlier pick (cookie) win over the header", () => {
    expect(negotiateLocale("zh-CN", "en")).toBe("en");
    expect(negotiateLocale("en-US", "zh-Hant")).toBe("zh-Hant");
  });

  it("ignores a cookie that names no locale of ours", () => {
    expect(negotiateLocale("zh-HK", "klingon")).toBe("zh-Hant");
  });
});

describe("parseAcceptLanguage", () => {
  it("drops q=0 and wildcards and keeps order for equal weights", () => {
    expect(parseAcceptLanguage("zh-TW;q=0, *;q=0.5, en, fr")).toEqual(["en", "fr"]);
  });
});
