// Everything that draws with Observable Plot, loaded after the first plan is on screen (a chunk of
// its own, so that the verdict does not wait for the chart library). The heights the charts will
// take are in chart-sizes.ts (no Plot), for the page to reserve before this chunk arrives.
export { renderBlocks } from './block-strip';
export { describeFrontier, frontierIndexOf, renderFrontier, type FrontierDot } from './frontier-chart';
export { renderMemory } from './memory-chart';
export { renderSpeed } from './speed-chart';
export { clearChart } from './chart-sizes';
