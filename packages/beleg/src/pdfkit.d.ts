// @types/pdfkit describes pdfkit 0.17; 0.19 added the `scope` option of table header cells
// (it writes the /Table attribute /Scope that PDF/UA requires on TH, ISO 14289-1 7.5).
declare namespace PDFKit.Mixins {
  interface StructureElementOptions {
    scope?: "Row" | "Column" | "Both";
  }
}

// pdfkit also knows the subset "PDF/UA" (it writes the pdfuaid:part 1 identifier into the XMP
// metadata); @types/pdfkit lists only the PDF/A ones.
declare namespace PDFKit {
  interface PDFDocumentOptions {
    subset?: Mixins.PDFSubsets | "PDF/UA";
  }
}
