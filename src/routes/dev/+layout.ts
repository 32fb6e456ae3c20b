// Developer pages (component test bed, benchmarks) render in the browser only.
export const ssr = false;
