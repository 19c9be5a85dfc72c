/** How a container format (an e-mail) extracts a file it carries, by extension, under the same limits. */
export interface Nested {
  supports(ext: string): boolean;
  extract(data: Buffer, ext: string): AsyncIterable<string>;
}
