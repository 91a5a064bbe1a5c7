import type { AppProps } from "next/app";
import "../app/globals.css";

/** The static reading pages (pages/) share the app router's one stylesheet. */
export default function ReadingApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
