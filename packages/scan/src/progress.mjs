/**
 * Progress on `stream`: a bar redrawn in place on a terminal, plain lines otherwise (CI logs).
 * Returns `{ update({ done, total, url }), end() }`.
 */
export function createProgress(stream = process.stderr) {
  const tty = !!stream.isTTY;
  let drawn = false;
  return {
    update({ done, total, url }) {
      if (!tty) return void stream.write(`scanned ${done}/${total} ${url}\n`);
      const width = 24;
      const full = Math.round((done / Math.max(total, 1)) * width);
      const line = `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${done}/${total} ${url}`;
      const cols = stream.columns || 80;
      stream.write(`\r\x1b[K${line.length > cols - 1 ? line.slice(0, cols - 2) + '…' : line}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\n');
    },
  };
}
