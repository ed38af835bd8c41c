import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { CspClient } from "./csp-client";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interdependence Atlas", template: "%s · Interdependence Atlas" },
  description: "The global AI supply chain as a graph of nations, firms and inputs: who depends on whom, sourced.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

// Sets the theme class before first paint (no flash): the stored choice, else the system's.
const themeScript = `try{var t=localStorage.getItem("atlas-theme");if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.classList.toggle("dark",t==="dark")}catch(e){}`;

// The nonce of this request's Content-Security-Policy (proxy.ts). Reading it renders every page per
// request, which nonces require; Next puts the same nonce on its own scripts.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <CspClient />
        {children}
      </body>
    </html>
  );
}
