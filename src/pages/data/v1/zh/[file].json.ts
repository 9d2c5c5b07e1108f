/**
 * /data/v1/zh/{distros,concepts,attributes}.json: the open data with the
 * Chinese edition's words (titles, summaries, notes, labels), in the same v1
 * shape and under the same schemas as the English files beside them.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../data/atlas.ts';
import { attributesData, conceptsData, distrosData } from '../../../../lib/open-data.ts';
import { buildContext, json } from '../../../../data/open-data.ts';
import { OPEN_DATA_FILE_NAMES, type OpenDataFile } from '../../../../schemas/open-data.ts';

export const getStaticPaths = () => OPEN_DATA_FILE_NAMES.map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ site, params }) => {
  const atlas = await getAtlas('zh');
  const ctx = { ...buildContext(site), locale: 'zh' as const };
  const file = params['file'] as OpenDataFile;
  if (file === 'distros') return json(distrosData(atlas.distros, ctx));
  if (file === 'concepts') return json(conceptsData(atlas.concepts, ctx));
  return json(attributesData(ctx));
};
