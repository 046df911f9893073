// Types of measure-bundle.mjs, for the TypeScript checks that import it.
export declare const SDK_TILE_BUDGET: number;
export interface ChunkSize {
  file: string;
  minified: number;
  gzip: number;
}
export declare function sdkImportsOf(file: string, seen?: Set<string>): Set<string>;
export declare function measureTileBundle(): Promise<{
  imports: string[];
  minified: number;
  gzip: number;
  chunks: ChunkSize[];
  lazy: (ChunkSize & { modules: string[] })[];
  inputs: { file: string; bytes: number }[];
}>;
