import { describe, expect, it } from "vitest";
import { toTraditional } from "./convert";

describe("toTraditional", () => {
  it("converts with Taiwan phrasing (OpenCC cn → twp)", () => {
    expect(toTraditional("网络")).toBe("網路");
    expect(toTraditional("软件")).toBe("軟體");
    expect(toTraditional("头发")).toBe("頭髮");
    expect(toTraditional("干部")).toBe("幹部");
    expect(toTraditional("干燥")).toBe("乾燥");
    expect(toTraditional("夜班列车把游客带回边境小城")).toBe("夜班列車把遊客帶回邊境小城");
  });

  it("uses corner brackets for quotations, as Taiwan writes them", () => {
    expect(toTraditional("他说：“‘书’也能借。”")).toBe("他說：「『書』也能借。」");
  });

  // One sentence per phrase rule of convert.ts (docs/traditional.md): each fails without its rule.
  it.each([
    ["社区", "他住在老社区里。", "他住在老社區裡。"],
    ["程序", "法院依照法律程序审理。", "法院依照法律程序審理。"],
    ["程序员", "她是一名程序员。", "她是一名程式設計師。"],
    ["应用程序", "手机应用程序违法收集信息", "手機應用程式違法收集資訊"],
    ["计算机程序", "他写了一个计算机程序。", "他寫了一個電腦程式。"],
    ["电脑程序", "电脑程序出错了。", "電腦程式出錯了。"],
    ["小程序", "用小程序预约。", "用小程式預約。"],
    ["程序设计", "他教程序设计。", "他教程式設計。"],
    ["对象", "打击的对象并不限于此。", "打擊的對象並不限於此。"],
    ["类型", "不同类型的人员", "不同類型的人員"],
    ["消息", "官员宣布消息。", "官員宣佈消息。"],
    ["设备", "添置厨房设备", "添置廚房設備"],
    ["连接", "铁路连接省城与边境。", "鐵路連接省城與邊境。"],
    ["发布", "市议会9月发布的半年报告", "市議會9月發布的半年報告"],
    ["设置", "重新评估奖金设置", "重新評估獎金設置"],
    ["保存", "学习如何保存乐器", "學習如何保存樂器"],
    ["运行", "列车运行平稳。", "列車運行平穩。"],
    ["支持", "居民支持这个决定。", "居民支持這個決定。"],
    ["比赛项目", "田径比赛项目", "田徑比賽項目"],
    ["体育项目", "冬季体育项目", "冬季體育項目"],
    ["运动项目", "新的运动项目", "新的運動項目"],
    ["奥运项目", "成为奥运项目", "成為奧運項目"],
    ["参赛项目", "报名参赛项目", "報名參賽項目"],
    ["了如何", "志愿者都学习了如何帮忙。", "志願者都學習了如何幫忙。"],
  ])("keeps the meaning of %s", (_rule, simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it("writes 只 after a number in digits as the measure word 隻", () => {
    expect(toTraditional("记录到鸟类163种、41200只；")).toBe("記錄到鳥類163種、41200隻；");
    expect(toTraditional("3只是开始")).toBe("3只是開始");
  });

  it("takes an article's own Traditional forms first", () => {
    expect(toTraditional("他们的社区很大。", { 社区: "社群" })).toBe("他們的社群很大。");
    expect(toTraditional("网络")).toBe("網路");
  });
});
