import type { RecordedRequest } from './fakeDiscordApi.js';

/** One part of a `multipart/form-data` request. */
export interface MultipartPart {
  /** The form field: `payload_json`, `files[0]` … */
  field: string;
  /** The file name of a file part; null for a plain field. */
  filename: string | null;
  /** The part's content type ('' when none was sent). */
  contentType: string;
  /** The part's bytes. */
  data: Buffer;
}

/**
 * The parts of a multipart request as Discord receives them, in order: over HTTP the body
 * is parsed with undici's own `multipart/form-data` parser; through the MockAgent the form
 * discord.js built is read as is.
 * @param request - a recorded request
 * @throws Error when the request is not multipart
 */
export async function multipartOf(request: RecordedRequest): Promise<MultipartPart[]> {
  const type = request.headers['content-type'] ?? '';
  let form = request.form;
  if (form === null) {
    if (!type.startsWith('multipart/form-data')) throw new Error(`not a multipart request: ${type || '(no type)'}`);
    form = await new Response(new Uint8Array(request.raw), { headers: { 'content-type': type } }).formData();
  }
  const parts: MultipartPart[] = [];
  for (const [field, value] of form.entries()) {
    parts.push(
      typeof value === 'string'
        ? { field, filename: null, contentType: '', data: Buffer.from(value) }
        : { field, filename: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) },
    );
  }
  return parts;
}
