import { describe, expect, it } from "vitest";
import { pickVoice, type VoiceLike } from "./voices";

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  ...extra,
});

const all = [
  voice("Samantha", "en-US"),
  voice("Daniel", "en_GB", { localService: true }),
  voice("Tingting", "zh-CN"),
  voice("Meijia", "zh-TW"),
  voice("Sinji", "zh-HK"),
];

describe("pickVoice", () => {
  it("reads English with an English voice, a local one before a remote one", () => {
    expect(pickVoice(all, "en")?.name).toBe("Daniel");
  });

  it("reads Simplified with a mainland voice and Traditional with a Taiwan voice", () => {
    expect(pickVoice(all, "zh-Hans")?.name).toBe("Tingting");
    expect(pickVoice(all, "zh-Hant")?.name).toBe("Meijia");
  });

  it("reads Traditional with a Hong Kong voice when there is no Taiwan one", () => {
    expect(
      pickVoice(
        all.filter((v) => v.lang !== "zh-TW"),
        "zh-Hant",
      )?.name,
    ).toBe("Sinji");
  });

  it("understands the tags Android and others use", () => {
    expect(pickVoice([voice("A", "cmn-Hans-CN"), voice("B", "zh_TW")], "zh-Hans")?.name).toBe("A");
    expect(pickVoice([voice("A", "cmn-Hans-CN"), voice("B", "zh_TW")], "zh-Hant")?.name).toBe("B");
  });

  it("prefers the browser's default voice within a tier", () => {
    const voices = [
      voice("A", "en-US", { localService: true }),
      voice("B", "en-AU", { default: true }),
    ];
    expect(pickVoice(voices, "en")?.name).toBe("B");
  });

  it("falls back to a Mandarin voice of the other region rather than to silence", () => {
    expect(pickVoice([voice("Tingting", "zh-CN")], "zh-Hant")?.name).toBe("Tingting");
    expect(pickVoice([voice("Meijia", "zh-TW")], "zh-Hans")?.name).toBe("Meijia");
  });

  it("finds nothing when there is no voice for the language", () => {
    expect(pickVoice([voice("Samantha", "en-US")], "zh-Hans")).toBeUndefined();
    expect(pickVoice([voice("Tingting", "zh-CN")], "en")).toBeUndefined();
    expect(pickVoice([], "en")).toBeUndefined();
    // "zhx" is not Chinese; "english" is no tag.
    expect(pickVoice([voice("X", "zhx-CN"), voice("Y", "english")], "zh-Hans")).toBeUndefined();
  });
});
