import { extractText, getDocumentProxy } from "unpdf";

// Test helpers for receipts, in plain JavaScript (no server-only), so that end-to-end tests can
// check a PDF they downloaded. They read the file with PDF.js (bundled by `unpdf`, no native
// code), the same parser Firefox uses: what it finds is what a viewer finds.

export interface TaggingBefund {
  /** The catalogue's /MarkInfo has /Marked true. */
  markiert: boolean;
  /** The catalogue has a /StructTreeRoot and every page's content hangs in it. */
  strukturbaum: boolean;
  /** The catalogue's /Lang, e.g. "de-DE"; null without one. */
  sprache: string | null;
  /** The title in the Info dictionary, if the XMP dc:title says the same; else null. */
  titel: string | null;
  /** /ViewerPreferences /DisplayDocTitle true: viewers show the title, not the file name. */
  titelAnzeigen: boolean;
  /** The XMP metadata identify the file as PDF/UA-1 (pdfuaid:part 1). */
  pdfUa: boolean;
  /** The structure types used, in tree order without repetition, e.g. ["Document", "H1", "P"]. */
  rollen: string[];
  /** Text outside both the structure tree and artifacts (invisible to assistive technology). */
  ungetaggterText: string[];
}

type Knoten = { role?: string; type?: string; children?: Knoten[] };

function sammle(knoten: Knoten | null | undefined, rollen: Set<string>): number {
  if (!knoten) return 0;
  let inhalte = knoten.type === "content" ? 1 : 0;
  if (knoten.role && knoten.role !== "Root") rollen.add(knoten.role);
  for (const kind of knoten.children ?? []) inhalte += sammle(kind, rollen);
  return inhalte;
}

/** Reads what a screen reader depends on from a PDF's bytes. */
export async function pruefeTagging(bytes: Uint8Array): Promise<TaggingBefund> {
  // PDF.js may transfer (detach) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(bytes.slice());
  try {
    const markInfo = await pdf.getMarkInfo();
    const vorgaben = (await pdf.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
    const { info, metadata } = (await pdf.getMetadata()) as {
      info: { Language?: string | null; Title?: string };
      metadata: { get(name: string): unknown; getRaw(): string } | null;
    };
    const xmpTitel = metadata?.get("dc:title");
    const xmp = metadata?.getRaw() ?? "";

    const rollen = new Set<string>();
    const ungetaggterText: string[] = [];
    let alleSeitenGetaggt = pdf.numPages > 0;
    for (let nummer = 1; nummer <= pdf.numPages; nummer++) {
      const seite = await pdf.getPage(nummer);
      const baum = (await seite.getStructTree()) as Knoten | null;
      if (sammle(baum, rollen) === 0) alleSeitenGetaggt = false;
      const inhalt = await seite.getTextContent({ includeMarkedContent: true });
      let tiefe = 0;
      for (const teil of inhalt.items as { type?: string; str?: string }[]) {
        if (teil.type === "beginMarkedContent" || teil.type === "beginMarkedContentProps") tiefe++;
        else if (teil.type === "endMarkedContent") tiefe--;
        else if (tiefe === 0 && teil.str?.trim()) ungetaggterText.push(teil.str);
      }
    }

    return {
      markiert: markInfo?.Marked === true,
      strukturbaum: alleSeitenGetaggt,
      sprache: info.Language ?? null,
      titel: info.Title && info.Title === xmpTitel ? info.Title : null,
      titelAnzeigen: vorgaben?.DisplayDocTitle === true,
      pdfUa: /<pdfuaid:part>\s*1\s*<\/pdfuaid:part>/.test(xmp),
      rollen: [...rollen],
      ungetaggterText,
    };
  } finally {
    await pdf.destroy();
  }
}

/** The text of all pages, in content order, as PDF.js extracts it. */
export async function textAusPdf(bytes: Uint8Array): Promise<{ text: string; seiten: number }> {
  const pdf = await getDocumentProxy(bytes.slice());
  try {
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    return { text, seiten: totalPages };
  } finally {
    await pdf.destroy();
  }
}
