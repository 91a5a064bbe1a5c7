import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse";
import { BilingualText } from "./BilingualText";
import { ParagraphPair } from "./ParagraphPair";
import { Subheading } from "./Subheading";

/** A content file written to attack the page: every way Markdown can carry markup or script. */
const HOSTILE = `---
title:
  en: "<script>alert('title')</script> Harmless title"
  zh: "<img src=x onerror=alert(1)>无害的标题"
summary:
  en: A summary.
  zh: 一句摘要。
section: china
date: 2026-03-08
---

## <svg onload=alert(1)> A subheading [x](javascript:alert(1))

## 小标题：这里有一个看起来很危险的内嵌框架标记，但它只能作为文字显示出来<iframe src="https://evil.example"></iframe>

<script>alert("block")</script> The first paragraph, [click](javascript:alert(1)) or [this](JaVaScRiPt:alert(2)) or [data](data:text/html;base64,PHNjcmlwdD4=) or [vb](vbscript:msgbox) or ![img](javascript:alert(3)).

第一段中文，<a href="javascript:alert(1)">链接</a>，<b onmouseover=alert(1)>粗体</b>，还有[一个链接](  javascript:alert(1)  )，以及<style>body{display:none}</style>样式。这是一段专门用来测试网站安全的中文文字，里面夹杂着各种各样看起来危险的标记和链接，但是读者在页面上看到的只应该是普普通通的文字，不应该有任何脚本被执行，也不应该有任何样式被注入到页面之中。

A [safe link](https://example.com/story) and <https://example.org/auto> and [relative](/en/about) and [anchor](#p1).

安全的[链接](https://example.com/story)和[站内链接](/zh-hans/about)，这两个链接都应该原样保留下来，供读者点击阅读。
`;

describe("hostile content", () => {
  const result = parseArticle("content/articles/hostile.md", HOSTILE);
  const article = result.article!;
  const html = [
    ...article.body.map((part) =>
      renderToStaticMarkup(
        part.type === "pair" ? (
          <ParagraphPair pair={part} zhLang="zh-Hans" label={`Paragraph ${part.n}`} />
        ) : (
          <Subheading heading={part} zhLang="zh-Hans" />
        ),
      ),
    ),
  ].join("\n");

  it("parses: hostile text is still text", () => {
    expect(result.problems).toEqual([]);
    expect(article.pairs).toHaveLength(2);
  });

  it("renders no element that markup in the content asked for", () => {
    for (const tag of ["script", "img", "svg", "iframe", "style", "b"]) {
      expect(html, tag).not.toMatch(new RegExp(`<${tag}[\\s>]`, "i"));
    }
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\son\w+=/i.test(tag))).toEqual([]);
  });

  it("renders every link with a safe target only", () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "#p1",
      "#p2",
      "https://example.com/story",
      "https://example.org/auto",
      "/en/about",
      "#p1",
      "https://example.com/story",
      "/zh-hans/about",
    ]);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/(?!\/)|#)/);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /javascript:|vbscript:|data:/i.test(tag))).toEqual([]);
  });

  it("shows the markup as literal text, escaped", () => {
    expect(html).toContain("&lt;script&gt;alert(&quot;block&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b onmouseover=alert(1)&gt;");
  });

  it("keeps markup in the title as text, and the page shows it escaped", () => {
    expect(article.title.en).toBe("<script>alert('title')</script> Harmless title");
    // Headlines reach every page through BilingualText.
    const title = renderToStaticMarkup(
      <BilingualText en={article.title.en} zh={article.title.zh} zhLang="zh-Hans" />,
    );
    expect(title).toBe(
      '<span lang="en">&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Harmless title</span>' +
        '<span lang="zh-Hans">&lt;img src=x onerror=alert(1)&gt;无害的标题</span>',
    );
  });
});
