"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { fill } from "@/i18n/format";

interface Ort {
  ags: string;
  gemeinde: string;
  kreis: string;
  art: "plz" | "gemeinde" | "ortsteil";
  treffer: string;
  /** What choosing it puts in the input: the place finder resolves it to this municipality alone. */
  eingabe: string;
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } },
});

function useInputValue(inputId: string) {
  const [value, setValue] = useState("");
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setValue(input.value.trim()), 150);
    };
    input.addEventListener("input", onInput);
    return () => {
      clearTimeout(timer);
      input.removeEventListener("input", onInput);
    };
  }, [inputId]);
  return value;
}

type Props = {
  inputId: string;
  listId: string;
  /** The label of an Ortsteil suggestion in the page language, with {gemeinde} and {kreis}. */
  ortsteilVon: string;
};

function Vorschlaege({ inputId, listId, ortsteilVon }: Props) {
  const eingabe = useInputValue(inputId);
  const { data } = useQuery({
    queryKey: ["orte", eingabe],
    enabled: eingabe.length >= 2,
    queryFn: async ({ signal }) => {
      const res = await fetch(`/api/orte?q=${encodeURIComponent(eingabe)}`, { signal });
      if (!res.ok) return [];
      return ((await res.json()) as { orte: Ort[] }).orte;
    },
  });
  return (
    <datalist id={listId}>
      {(data ?? []).map((o) => {
        const label =
          o.art === "ortsteil"
            ? fill(ortsteilVon, { gemeinde: o.gemeinde, kreis: o.kreis })
            : o.kreis;
        return <option key={`${o.art}-${o.ags}-${o.treffer}`} value={o.eingabe} label={label} />;
      })}
    </datalist>
  );
}

/**
 * Suggestions for the place input, fetched from /api/orte while the user types (progressive
 * enhancement). Its one string comes as a prop, so the browser loads no dictionary for it.
 */
export function OrtVorschlaege(props: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <Vorschlaege {...props} />
    </QueryClientProvider>
  );
}
