import type { APIRoute } from 'astro';
import { getAtlas } from '../data/atlas.ts';
import { buildCalendar, lifecycleEvents } from '../lib/lifecycle-calendar.ts';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  const events = lifecycleEvents(atlas.distros, String(site), routes.distro);
  return new Response(buildCalendar(events, 'Container Atlas: OS lifecycle dates'), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
