// The one entry point of the bundle: Cytoscape.js as an ES module the
// explorer's network view imports from /vendor/cytoscape.js.
export { default } from 'cytoscape';
