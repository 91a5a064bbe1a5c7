"use client";

import { headerControl } from "@/components/ui/buttonStyles";
import { storeSafely, useRootAttribute } from "@/components/ui/useRootAttribute";
import { STORAGE_KEYS, type Theme } from "@/lib/reader/preferences";

interface Props {
  labels: Record<"toDark" | "toLight", string>;
}

/** Light/dark switch. Until the reader uses it, the boot script follows the system setting. */
export function ThemeToggle({ labels }: Props) {
  const theme = useRootAttribute("data-theme", "light") as Theme;
  const next: Theme = theme === "dark" ? "light" : "dark";
  const label = next === "dark" ? labels.toDark : labels.toLight;

  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={() => {
        document.documentElement.setAttribute("data-theme", next);
        storeSafely(STORAGE_KEYS.theme, next);
      }}
      className={`${headerControl} w-9`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        {theme === "dark" ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
        )}
      </svg>
    </button>
  );
}
