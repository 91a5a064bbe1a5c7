import type { HTMLAttributes, ReactNode } from "react";
import type { IslandName } from "@/islands/registry";

type Props = HTMLAttributes<HTMLElement> & {
  name: IslandName;
  /** When its script loads (islands/boot.ts): idle (default), visible, or interaction. */
  load?: "idle" | "visible" | "interaction";
  /** The element to render; a `div` unless the island is the control itself. */
  as?: "div" | "nav" | "fieldset" | "button" | "article" | "section";
  /** For `as="button"`. */
  type?: "button";
  children?: ReactNode;
  [data: `data-${string}`]: string | undefined;
};

/**
 * Marks server-rendered HTML as an island: the boot script (islands/boot.ts) finds it by
 * `data-island` and sets up its behaviour; without script the HTML works as it is.
 */
export function IslandRoot({ name, load, as: Element = "div", children, ...rest }: Props) {
  return (
    <Element data-island={name} data-load={load} {...rest}>
      {children}
    </Element>
  );
}
