import type { APIRoute } from 'astro';
import { attributesData } from '../../../lib/open-data.ts';
import { buildContext, json } from '../../../data/open-data.ts';

export const GET: APIRoute = ({ site }) => json(attributesData(buildContext(site)));
