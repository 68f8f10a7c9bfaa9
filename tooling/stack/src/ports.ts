import { createServer } from "node:net";

function canListen(port: number, host: string): Promise<boolean | "no such address"> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === "EAFNOSUPPORT" || error.code === "EADDRNOTAVAIL" ? "no such address" : false,
      ),
    );
    server.listen({ port, host, ipv6Only: false, exclusive: true }, () =>
      server.close(() => resolve(true)),
    );
  });
}

/**
 * Whether nothing listens on `port`, on any address: a listener on the wildcard address (IPv6 and
 * IPv4 together where the machine has IPv6) can be opened only then.
 */
export async function portIsFree(port: number): Promise<boolean> {
  const dualStack = await canListen(port, "::");
  return dualStack === "no such address" ? (await canListen(port, "0.0.0.0")) === true : dualStack;
}

/** The ports of `ports` that something listens on. */
export async function busyPorts(ports: number[]): Promise<number[]> {
  const busy: number[] = [];
  for (const port of ports) if (!(await portIsFree(port))) busy.push(port);
  return busy;
}
