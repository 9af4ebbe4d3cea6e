import type { components } from '../../api/schema';

/**
 * A command's body as the API's document types it. The forms build bodies from what was typed
 * (a role may still be empty); useCommand checks them with the API's rules before they are
 * sent as this type.
 */
export type Body<Name extends keyof components['schemas']> = components['schemas'][Name];
