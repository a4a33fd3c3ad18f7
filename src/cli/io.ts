/** Buffered stdout writing with back-pressure, so huge outputs neither block nor lose lines. */
let buf: string[] = [];
let size = 0;

export function writeLine(s: string): Promise<void> | void {
  buf.push(s, '\n');
  size += s.length + 1;
  if (size > 1 << 16) return flushStdout();
}

export function flushStdout(): Promise<void> {
  if (!buf.length) return Promise.resolve();
  const chunk = buf.join('');
  buf = [];
  size = 0;
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
