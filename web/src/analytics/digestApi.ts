import type { DigestPosted, DigestPreview } from '../../../src/modules/analytics/http/DigestApi.js';
import { getJson, postJson } from '../api/http.js';

export type { Digest, DigestPosted, DigestPreview, EmbedView } from '../../../src/modules/analytics/http/DigestApi.js';

/** Reads the weekly digest as it would post now, and where (`GET /api/analytics/digest/preview`). */
export function fetchDigestPreview(): Promise<DigestPreview> {
  return getJson<DigestPreview>('/api/analytics/digest/preview');
}

/** Posts this week's digest now (admin; refused when it was posted already or the digest is off). */
export function postDigest(): Promise<DigestPosted> {
  return postJson<DigestPosted>('/api/analytics/digest/post', {});
}
