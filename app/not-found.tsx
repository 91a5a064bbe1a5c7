import { NotFoundView } from "@/components/layout/NotFoundView";
import "./not-found.css";

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
