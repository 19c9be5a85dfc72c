export * from './types';
export { scanText, createFileScanner, type FileScanner, type ScanOptions } from './scanner';
export { renderTable } from './table-text';
