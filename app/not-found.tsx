import { NotFoundView } from "@/components/layout/NotFoundView";
// The site's own stylesheet, the same file every page already loads: the root 404 boundary is part of
// every page's tree, so a stylesheet of its own was one more request on every page.
import "./globals.css";

// Paths outside every locale that the proxy does not route (files with an extension): English.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <NotFoundView locale="en" />
      </body>
    </html>
  );
}
