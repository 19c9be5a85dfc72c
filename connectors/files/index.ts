/** Local files: the folder walk and bounded text extraction, plus the document writers tests and demos use. */
export { walkFiles, type WalkedFile } from './walk';
export { extractBuffer, extractText, isSupported, SUPPORTED_EXTENSIONS } from './extract';
export { closePdfReader as releaseExtractors } from './pdf/extract-pdf';
export { DEFAULT_LIMITS, ExtractionError, type ExtractLimits } from './types';
