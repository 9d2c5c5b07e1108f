/** Waits until a server just started answers `url`; throws, naming it, if it never does. */
export async function waitForServer(url: string, what: string, seconds: number): Promise<void> {
  const answers = () =>
    fetch(url).then(
      () => true,
      () => false,
    );
  for (const deadline = Date.now() + seconds * 1000; !(await answers());) {
    if (Date.now() > deadline) throw new Error(`${what} did not answer on ${url} within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
