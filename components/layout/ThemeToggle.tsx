import { headerControl } from "@/components/ui/buttonStyles";
import { IslandRoot } from "@/components/ui/IslandRoot";

interface Props {
  labels: Record<"toDark" | "toLight", string>;
}

/**
 * Light/dark switch. Until the reader uses it, the boot script follows the system setting. Which icon
 * shows is CSS on <html data-theme>; the theme island (islands/theme.ts) switches and keeps the
 * accessible name in step.
 */
export function ThemeToggle({ labels }: Props) {
  return (
    <IslandRoot
      name="theme"
      as="button"
      type="button"
      aria-label={labels.toDark}
      title={labels.toDark}
      data-to-dark={labels.toDark}
      data-to-light={labels.toLight}
      className={`${headerControl} w-9`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="hidden size-5 dark:block"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5 dark:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
      </svg>
    </IslandRoot>
  );
}
