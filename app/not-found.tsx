import { NotFoundView } from "@/components/layout/NotFoundView";
import "./globals.css";

// Paths outside every locale that the proxy does not route (files with an extension): English.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-zinc-900">
        <NotFoundView locale="en" />
      </body>
    </html>
  );
}
