import type { APIRoute } from 'astro';
import { chooserCss } from '../../lib/choose-css.ts';

export const GET: APIRoute = () =>
  new Response(chooserCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
