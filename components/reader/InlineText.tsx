import type { Inline } from "@/lib/content/types";

/** Renders sanitized inline Markdown (lib/content/markdown.ts): text, emphasis, code and safe links. */
export function InlineText({ inlines }: { inlines: Inline[] }) {
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case "text":
        return inline.value;
      case "emphasis":
        return (
          <em key={index}>
            <InlineText inlines={inline.children} />
          </em>
        );
      case "strong":
        return (
          <strong key={index}>
            <InlineText inlines={inline.children} />
          </strong>
        );
      case "code":
        return (
          <code key={index} className="rounded bg-zinc-100 px-1 text-[0.9em] dark:bg-zinc-800">
            {inline.value}
          </code>
        );
      case "break":
        return <br key={index} />;
      case "link": {
        const external = /^(https?:|mailto:)/i.test(inline.href);
        return (
          <a
            key={index}
            href={inline.href}
            className="text-accent dark:text-accent-dark underline underline-offset-2"
            {...(external ? { rel: "noopener noreferrer nofollow" } : {})}
          >
            <InlineText inlines={inline.children} />
          </a>
        );
      }
    }
  });
}
