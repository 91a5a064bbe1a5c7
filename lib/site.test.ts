import { describe, expect, it } from "vitest";
import { siteUrl } from "./site";

describe("siteUrl", () => {
  it("keeps an http(s) origin, without a trailing slash", () => {
    expect(siteUrl("https://reader.example.com/")).toBe("https://reader.example.com");
    expect(siteUrl("http://localhost:3301")).toBe("http://localhost:3301");
    expect(siteUrl(undefined)).toBe("http://localhost:3000");
  });

  it.each([
    ["no scheme", "reader.example.com", /absolute http/],
    ["another scheme", "ftp://reader.example.com", /absolute http/],
    ["a query", "https://reader.example.com/?a=1", /query or fragment/],
  ])("stops on %s, naming the variable and the value", (_, value, message) => {
    expect(() => siteUrl(value)).toThrow(message);
    expect(() => siteUrl(value)).toThrow(`SITE_URL`);
    expect(() => siteUrl(value)).toThrow(`(got "${value}")`);
  });
});
