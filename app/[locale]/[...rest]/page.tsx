import { notFound } from "next/navigation";

// Any path under a locale that no route claims: the localized 404 (app/[locale]/not-found.tsx).
export default function CatchAll() {
  notFound();
}
