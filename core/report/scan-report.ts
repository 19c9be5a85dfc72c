import type { Confidence, Finding } from '../sensitive/types';
import { fileRisk, riskBand, type RiskBand } from './risk';

/** What one scan produced, in the form every output format (jsonl, csv, table, html) starts from. */
export interface ScanReport {
  readonly files: readonly FileFindings[];
  readonly errors: readonly FileError[];
  readonly summary: ScanSummary;
}

/** A file with at least one finding at or above the minimum confidence. */
export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** A file that could not be read, with the reason (never its contents). */
export interface FileError {
  readonly file: string;
  readonly error: string;
}

export interface ScanSummary {
  /** Supported files the scan attempted, read or not. */
  readonly filesScanned: number;
  readonly filesWithFindings: number;
  readonly errors: number;
  /** Unsupported files, skipped, by extension ("" for none). */
  readonly skippedByExtension: Readonly<Record<string, number>>;
  readonly skipped: number;
  readonly minConfidence: Confidence;
  /** The PATH arguments as given. */
  readonly paths: readonly string[];
  /** When the report was made, already formatted for a reader. */
  readonly generatedAt: string;
}

export interface RankedFile extends FileFindings {
  readonly score: number;
  readonly band: RiskBand;
}

/** Files by descending risk; ties keep the scan order so the report is deterministic. */
export function rankByRisk(files: readonly FileFindings[]): RankedFile[] {
  return files
    .map((f, index) => {
      const score = fileRisk(f.findings);
      return { ...f, score, band: riskBand(score), index };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ index: _index, ...ranked }) => ranked);
}

/** How many files hold each type: the chart's data, largest first. */
export function filesPerType(files: readonly FileFindings[]): { type: Finding['type']; files: number }[] {
  const counts = new Map<Finding['type'], number>();
  for (const f of files)
    for (const type of new Set(f.findings.map((x) => x.type))) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts]
    .map(([type, n]) => ({ type, files: n }))
    .sort((a, b) => b.files - a.files || (a.type < b.type ? -1 : 1));
}

/** The total number of occurrences across all files. */
export function totalOccurrences(files: readonly FileFindings[]): number {
  return files.reduce((sum, f) => sum + f.findings.reduce((s, x) => s + x.count, 0), 0);
}
