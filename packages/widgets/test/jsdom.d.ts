// jsdom ships no types and @types/jsdom is not in the tree: the little these tests use.
declare module "jsdom" {
  export type Interceptor = unknown;
  export function requestInterceptor(
    f: (request: Request, context: { element: Element | null }) => Response | undefined,
  ): Interceptor;
  export class JSDOM {
    constructor(
      html: string,
      options: {
        url?: string;
        runScripts?: "dangerously" | "outside-only";
        resources?: { interceptors?: Interceptor[] };
        beforeParse?: (window: Window & typeof globalThis) => void;
      },
    );
    readonly window: Window & typeof globalThis;
  }
}
