import type { APIContext } from 'astro';
import { robotsTxt } from '../lib/site-map';

export function GET({ site }: APIContext) {
  return new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
