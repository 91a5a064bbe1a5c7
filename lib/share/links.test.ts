import { describe, expect, it } from "vitest";
import { LINK_NETWORKS, shareLinks } from "./links";

describe("shareLinks", () => {
  const page = {
    url: "https://reader.example/zh-hans/articles/night-trains/p/3",
    title: "夜班列车 & border towns?",
    image: "https://reader.example/cards/zh-hans/night-trains/p/3.png",
  };
  const links = Object.fromEntries(
    shareLinks(page).map(({ network, href }) => [network, new URL(href)]),
  );

  it("offers every network once", () => {
    expect(Object.keys(links)).toEqual([...LINK_NETWORKS]);
  });

  it("puts the page URL and title in each network's own parameters, encoded", () => {
    expect(links.x!.searchParams.get("url")).toBe(page.url);
    expect(links.x!.searchParams.get("text")).toBe(page.title);
    expect(links.facebook!.searchParams.get("u")).toBe(page.url);
    expect(links.linkedin!.searchParams.get("url")).toBe(page.url);
    expect(links.telegram!.searchParams.get("url")).toBe(page.url);
    expect(links.whatsapp!.searchParams.get("text")).toBe(`${page.title} ${page.url}`);
    expect(links.x!.search).not.toContain("&border");
  });

  it("gives Weibo the card as its picture", () => {
    expect(links.weibo!.hostname).toBe("service.weibo.com");
    expect(links.weibo!.searchParams.get("pic")).toBe(page.image);
    expect(links.weibo!.searchParams.get("title")).toBe(page.title);
  });
});
