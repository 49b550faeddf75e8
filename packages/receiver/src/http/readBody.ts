/** Why a body could not be read: not UTF-8 (400), too large (413) or too slow (408). */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 408 | 413,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Bytes as text, refusing any that are not UTF-8 (a lone or truncated sequence, an overlong form, a
 * surrogate): decoded leniently they would become U+FFFD and be stored other than sent. A leading
 * byte order mark is dropped.
 */
function decodeUtf8(bytes: Uint8Array | ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BodyError(400, 'the body is not valid UTF-8');
  }
}

/**
 * The body as UTF-8 text, refusing more than `limit` bytes (before reading when Content-Length says so)
 * and bodies that take longer than `timeoutMs` to arrive (a slow drip would otherwise hold a
 * connection and memory for as long as the client likes).
 */
export async function readBody(request: Request, limit: number, timeoutMs: number): Promise<string> {
  const length = request.headers.get('content-length');
  const declared = Number(length);
  if (declared > limit) throw new BodyError(413, `the body is larger than ${limit} bytes`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyError(408, `the body did not arrive within ${timeoutMs} ms`)), timeoutMs);
  });
  // A declared length is all the server reads (HTTP framing): the body is read whole, which on
  // Node's adapter skips building a web stream per request (the cost of most small posts).
  if (length !== null && /^\d+$/.test(length)) {
    const whole = request.arrayBuffer();
    whole.catch(() => {}); // still pending when the timeout answers; the closed connection ends it
    try {
      return decodeUtf8(await Promise.race([whole, timeout]));
    } finally {
      clearTimeout(timer);
    }
  }
  if (!request.body) {
    clearTimeout(timer);
    return '';
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timeout]);
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw new BodyError(413, `the body is larger than ${limit} bytes`);
      chunks.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => {});
    throw e;
  } finally {
    clearTimeout(timer);
  }
  return decodeUtf8(Buffer.concat(chunks));
}
