// pdfmake's PDFDocument module (Babel CommonJS) ships no types; shared-fonts.ts checks its shape at run time.
declare module 'pdfmake/js/PDFDocument.js' {
  const mod: unknown;
  export default mod;
}

// pdfmake's style stack (Babel CommonJS); fast-styles.ts checks its source before replacing lookups.
declare module 'pdfmake/js/StyleContextStack.js' {
  const mod: unknown;
  export default mod;
}

// pdfmake's renderer (Babel CommonJS); merged-inlines.ts checks renderLine's source before wrapping it.
declare module 'pdfmake/js/Renderer.js' {
  const mod: unknown;
  export default mod;
}

// pdfmake's text measurement (Babel CommonJS); word-styles.ts checks measure's source before replacing it.
declare module 'pdfmake/js/TextInlines.js' {
  const mod: unknown;
  export default mod;
}
