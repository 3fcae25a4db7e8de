import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createZoomHandlers } from './handlers.ts';
import { respond } from './respond.ts';
import { createZoomState } from './state.ts';

/** Zoom (video conferencing): one user's meetings and meeting settings, as the Zoom API v2 serves them. */
export const zoom: ProviderDefinition = {
  name: 'zoom',
  title: 'Zoom',
  aliases: ['Zoom Meetings'],
  category: 'Video Conferencing',
  hosts: ['api.zoom.us'],
  catalogue: parseCatalogue(catalogueJson, 'mocks/zoom/catalogue.json'),
  dialect: respond.dialect,
  createHandlers: (options) => createZoomHandlers(createZoomState(), options),
  dialectVars: respond.vars,
};

export { createZoomHandlers } from './handlers.ts';
export { createZoomState } from './state.ts';
export { zoomTestToken } from './token.ts';
