import type { Engine } from '../engine/engine';
import { createBrowserTransport } from '../env/createBrowserTransport';
import type { Transport } from '../env/env';
import type { EndpointOptions } from '../types';
import { readEndpointOptions } from './readEndpointOptions';

/** Where the page's records go and how: the endpoint's options and the transport; undefined without an endpoint. */
export function recordsEndpoint(engine: Engine): [Required<EndpointOptions>, Transport] | undefined {
  const endpoint = readEndpointOptions((engine.input as { endpoint?: unknown } | undefined)?.endpoint);
  return endpoint && [endpoint, engine.env.transport || createBrowserTransport()];
}
