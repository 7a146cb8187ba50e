// Everything that draws with Observable Plot, loaded after the first plan is on screen (a chunk of
// its own, so that the verdict does not wait for the chart library).
export { renderBlocks } from './block-strip';
export { renderFrontier } from './frontier-chart';
export { renderMemory } from './memory-chart';
export { renderSpeed } from './speed-chart';
