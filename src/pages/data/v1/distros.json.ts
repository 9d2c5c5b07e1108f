import type { APIRoute } from 'astro';
import { getAtlas } from '../../../data/atlas.ts';
import { distrosData } from '../../../lib/open-data.ts';
import { buildContext, json } from '../../../data/open-data.ts';

export const GET: APIRoute = async ({ site }) => json(distrosData((await getAtlas()).distros, buildContext(site)));
