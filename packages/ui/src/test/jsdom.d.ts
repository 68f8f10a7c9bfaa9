// jsdom ships no types and @types/jsdom is not a dependency of this package; this declares the
// small part of its API the tests use.
declare module "jsdom" {
  export interface ConstructorOptions {
    runScripts?: "dangerously" | "outside-only";
    url?: string;
    virtualConsole?: VirtualConsole;
  }
  export class VirtualConsole {
    on(event: "jsdomError", listener: (error: Error) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis & { eval(source: string): unknown };
    serialize(): string;
  }
}
