/** Runs once when the server starts: warm what the first visitor would otherwise wait for. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  setTimeout(() => {
    void import("./app/force-seed").then((m) => m.forceSeed()).catch(() => undefined);
  }, 0);
}
