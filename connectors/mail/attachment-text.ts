import { DEFAULT_LIMITS, extractBuffer, isSupported, type ExtractLimits } from '../files';

/** Bounds on what one attachment may cost: mail rules need the gist of a document, not all of a textbook. */
export interface AttachmentLimits {
  readonly maxBytes: number;
  readonly maxChars: number;
  readonly timeoutMs: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxChars: 200_000,
  timeoutMs: 20_000,
};

/** The formats `sos scan` reads, less .eml: an e-mail inside mail is already walked as MIME. */
export function attachmentSupported(ext: string): boolean {
  return ext.toLowerCase() !== '.eml' && isSupported(ext);
}

/**
 * The text of an attachment of a supported type, cut at `maxChars`; '' for other types, for one over
 * `maxBytes`, and for one that cannot be read (corrupt, encrypted, a zip bomb, too slow): the message's
 * own text is still worth checking.
 */
export async function attachmentText(
  data: Buffer,
  ext: string,
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): Promise<string> {
  if (!attachmentSupported(ext) || data.length === 0 || data.length > limits.maxBytes) return '';
  const extractLimits: ExtractLimits = {
    ...DEFAULT_LIMITS,
    maxFileBytes: limits.maxBytes,
    maxTextChars: limits.maxChars,
    timeoutMs: limits.timeoutMs,
  };
  let text = '';
  try {
    for await (const segment of extractBuffer(data, ext, extractLimits)) text += segment;
  } catch {
    // Corrupt, encrypted, a zip bomb or too slow: the message's own text is still worth checking.
    return '';
  }
  return text.slice(0, limits.maxChars);
}
