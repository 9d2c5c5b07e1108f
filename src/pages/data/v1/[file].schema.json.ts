import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf } from '../../../lib/open-data.ts';
import { OPEN_DATA_FILE_NAMES, type OpenDataFile } from '../../../schemas/open-data.ts';
import { buildContext, json } from '../../../data/open-data.ts';

export const getStaticPaths = (() =>
  OPEN_DATA_FILE_NAMES.map((file) => ({ params: { file }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OpenDataFile }> = ({ props, site }) =>
  json(jsonSchemaOf(props.file, buildContext(site).site));
