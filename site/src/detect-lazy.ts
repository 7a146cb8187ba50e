// The detection code (browser facts and the catalog match), loaded when "Detect my machine" is first clicked.
export { browserFacts, suggestHardware } from 'fitplan';
