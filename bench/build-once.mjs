// One measured build in its own process, so peak memory is this build's alone.
// Prints one JSON line: { seconds, maxRssMb }.
import { build } from 'astro';

const root = process.argv[2];
const started = performance.now();
await build({ root, logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
