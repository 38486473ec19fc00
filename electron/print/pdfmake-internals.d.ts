// pdfmake's PDFDocument module (Babel CommonJS) ships no types; shared-fonts.ts checks its shape at run time.
declare module 'pdfmake/js/PDFDocument.js' {
  const mod: unknown;
  export default mod;
}
